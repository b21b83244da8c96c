package vn.dienbien.modelregistry.commendation;

import java.util.Set;
import vn.dienbien.modelregistry.model.Level;

/**
 * The form of a commendation and the levels that award it. Item 11.6 says "biểu dương, khen thưởng"
 * without forms; these follow the usual practice (giấy khen of a commune or agency, bằng khen of
 * the province), so they are the province's choice, shown as such in the API.
 */
public enum CommendationForm {
  PRAISE("Biểu dương", Set.of(Level.COMMUNE, Level.PROVINCE)),
  CERTIFICATE_OF_MERIT("Giấy khen", Set.of(Level.COMMUNE)),
  DIPLOMA_OF_MERIT("Bằng khen", Set.of(Level.PROVINCE)),
  OTHER("Hình thức khác", Set.of(Level.COMMUNE, Level.PROVINCE));

  private final String label;
  private final Set<Level> levels;

  CommendationForm(String label, Set<Level> levels) {
    this.label = label;
    this.levels = levels;
  }

  public String label() {
    return label;
  }

  public boolean awardedAt(Level level) {
    return levels.contains(level);
  }

  public Set<Level> levels() {
    return levels;
  }
}
