package vn.dienbien.modelregistry.model;

import java.time.LocalDate;
import java.util.List;

/** What a model or exemplar is: the facts officials fill in when registering it. */
public record Profile(
    String name,
    ExemplarType exemplarType,
    Field field,
    TargetArea targetArea,
    String description,
    LocalDate startDate,
    List<Result> results,
    List<Evidence> evidence,
    String directiveTaskId) {

  /** A measurable result (kết quả đo đếm được), e.g. "Tỷ lệ hồ sơ giải quyết đúng hạn" = "98%". */
  public record Result(String indicator, String value) {}

  /**
   * An evidence file (tài liệu minh chứng) kept in the document store, referenced by title and
   * link.
   */
  public record Evidence(String title, String url) {}
}
