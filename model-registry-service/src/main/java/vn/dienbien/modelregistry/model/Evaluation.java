package vn.dienbien.modelregistry.model;

import java.time.Instant;
import java.util.List;

/** A survey and evaluation (khảo sát, đánh giá) of one registration against the criteria. */
public record Evaluation(
    String id,
    int year,
    Level level,
    List<Score> scores,
    double total,
    double maxTotal,
    boolean recommended,
    String evaluator,
    String notes,
    Instant evaluatedAt,
    String actorId) {

  /** The score given for one criterion, with the criterion's range at the time. */
  public record Score(
      String criterionId, String criterionName, double score, double min, double max) {}
}
