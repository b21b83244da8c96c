package vn.dienbien.modelregistry.recognition;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import vn.dienbien.modelregistry.model.DecidableModels;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.unit.Unit;
import vn.dienbien.modelregistry.unit.UnitDirectory;

/**
 * Checks that the current approver may decide at a level for a unit: its own unit or a unit under
 * it in the directory (a commune's organisations), or the province for the monitoring body. The
 * rule of who recognises at which level (11.7e: each level recognises its own, the Ban Tuyên giáo
 * và Dân vận the province's); evaluations and commendations are decided under the same rule.
 */
@Component
public class Jurisdiction implements DecidableModels {

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

  /**
   * The models the current approver may decide on at some level (its own unit and the units under
   * it at cấp xã; every unit at cấp tỉnh for the monitoring body), as a query criterion.
   */
  @Override
  public Criteria criterion() {
    Approver approver = approvers.current();
    List<String> under = approver.ownUnit() == null ? List.of() : units.under(approver.ownUnit());
    List<Criteria> reaches = approver.reaches(under).stream().map(Jurisdiction::reach).toList();
    if (reaches.isEmpty()) {
      return where("_id").in(List.of());
    }
    return new Criteria().orOperator(reaches);
  }

  private static Criteria reach(Approver.Reach reach) {
    Criteria criteria = new Criteria();
    if (reach.units() != null) {
      criteria.and("unitId").in(reach.units());
    }
    if (reach.level() != null) {
      criteria.and("registrations").elemMatch(where("level").is(reach.level().name()));
    }
    return criteria;
  }
}
