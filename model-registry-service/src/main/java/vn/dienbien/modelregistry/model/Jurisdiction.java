package vn.dienbien.modelregistry.model;

import org.springframework.stereotype.Component;
import vn.dienbien.modelregistry.unit.Unit;
import vn.dienbien.modelregistry.unit.UnitDirectory;

/**
 * Checks that the current approver may decide at a level for a unit: its own unit or a unit under
 * it in the directory (a commune's organisations), or the province for the monitoring body.
 */
@Component
public class Jurisdiction {

  private final Approvers approvers;
  private final UnitDirectory units;

  Jurisdiction(Approvers approvers, UnitDirectory units) {
    this.approvers = approvers;
    this.units = units;
  }

  public void require(Model model, Level level) {
    require(model.unitId(), level);
  }

  public void require(String unitId, Level level) {
    Approver approver = approvers.current();
    if (approver.unrestricted()) {
      return;
    }
    String parent = units.find(unitId).map(Unit::parentId).orElse(null);
    if (!approver.mayDecide(level, unitId, parent)) {
      throw new OutsideJurisdiction(level);
    }
  }
}
