package vn.dienbien.modelregistry.model;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a model or exemplar is: the facts officials fill in when registering it.
 *
 * @param targetArea the first of {@code targetAreas}; documents written before a model could have
 *     several hold only this, and are read as a list of one (migrated on read, rewritten with the
 *     list at their next change)
 * @param targetAreas every area and topic the model addresses, in the order given, no repeats
 */
public record Profile(
    String name,
    ExemplarType exemplarType,
    Field field,
    TargetArea targetArea,
    List<TargetArea> targetAreas,
    String description,
    LocalDate startDate,
    List<Result> results,
    List<Evidence> evidence,
    String directiveTaskId) {

  public Profile {
    Set<TargetArea> all = new LinkedHashSet<>();
    if (targetAreas != null) {
      all.addAll(targetAreas);
    }
    if (targetArea != null && all.isEmpty()) {
      all.add(targetArea);
    }
    targetAreas = List.copyOf(all);
    targetArea = targetAreas.isEmpty() ? null : targetAreas.getFirst();
  }

  /** The areas' labels joined for a table cell or an event ("vùng biên giới; vùng xa"). */
  public List<String> targetAreaLabels() {
    return targetAreas.stream().map(TargetArea::label).toList();
  }

  /** A measurable result (kết quả đo đếm được), e.g. "Tỷ lệ hồ sơ giải quyết đúng hạn" = "98%". */
  public record Result(String indicator, String value) {}

  /**
   * An evidence file (tài liệu minh chứng) kept in the document store, referenced by title and
   * link.
   */
  public record Evidence(String title, String url) {}
}
