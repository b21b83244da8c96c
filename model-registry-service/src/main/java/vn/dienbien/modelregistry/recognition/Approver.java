package vn.dienbien.modelregistry.recognition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.dienbien.modelregistry.model.Level;

/**
 * Who is deciding (evaluating, recognising, re-evaluating, commending), as far as the level goes.
 * Directive 11-CT/TU item 11.7e: each commune, ward, agency or unit recognises the models of its
 * own level ("cấp mình"); the Ban Tuyên giáo và Dân vận recognises provincial exemplars.
 *
 * @param provincial the monitoring body (Ban Tuyên giáo và Dân vận Tỉnh ủy): decides at PROVINCE
 * @param ownUnit the unit whose leadership the caller is (decides at COMMUNE for it), or null
 * @param unrestricted no caller roles at all: the system itself (seeding, jobs) or a service run
 *     without security
 */
public record Approver(boolean provincial, String ownUnit, boolean unrestricted) {

  public static final Approver SYSTEM = new Approver(false, null, true);

  public static Approver monitoringBody() {
    return new Approver(true, null, false);
  }

  public static Approver leadershipOf(String unitId) {
    return new Approver(false, unitId, false);
  }

  /**
   * May this approver decide at {@code level} for a model or person of {@code unitId}, whose parent
   * in the directory is {@code parentUnitId} (a commune's Front committee under the commune)?
   */
  public boolean mayDecide(Level level, String unitId, String parentUnitId) {
    if (unrestricted) {
      return true;
    }
    return switch (level) {
      case PROVINCE -> provincial;
      case COMMUNE -> ownUnit != null && (ownUnit.equals(unitId) || ownUnit.equals(parentUnitId));
    };
  }

  /**
   * What this approver may decide on, as {@link #mayDecide} would answer it for every model: one
   * reach per level it decides at. {@code unitsUnderOwn} are the directory's units whose parent is
   * its own unit. The system itself reaches everything; a caller deciding nothing reaches nothing.
   */
  public List<Reach> reaches(List<String> unitsUnderOwn) {
    if (unrestricted) {
      return List.of(new Reach(null, null));
    }
    var reaches = new ArrayList<Reach>();
    if (provincial) {
      reaches.add(new Reach(Level.PROVINCE, null));
    }
    if (ownUnit != null) {
      Set<String> units = new LinkedHashSet<>();
      units.add(ownUnit);
      units.addAll(unitsUnderOwn);
      reaches.add(new Reach(Level.COMMUNE, Set.copyOf(units)));
    }
    return List.copyOf(reaches);
  }

  /**
   * Decisions at {@code level} (null: any) on models of {@code units} (null: any unit).
   *
   * @param level the level decided at, or null for every level
   * @param units the units whose models are decided, or null for every unit
   */
  public record Reach(Level level, Set<String> units) {}
}
