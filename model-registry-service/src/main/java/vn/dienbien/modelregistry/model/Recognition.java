package vn.dienbien.modelregistry.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A recognition (công nhận) at one level for one year, and its life afterwards: re-evaluated every
 * year, sustained or lapsed (revoked).
 */
public record Recognition(
    String id,
    Level level,
    int year,
    Decision decision,
    Status status,
    List<ReEvaluation> reEvaluations,
    LocalDate nextReEvaluationDue,
    LocalDate remindedFor,
    String revocationReason,
    Instant revokedAt,
    Instant recordedAt) {

  public enum Status {
    ACTIVE,
    SUSTAINED,
    REVOKED
  }

  /** Stable id: one recognition per model, level and year. */
  public static String idOf(String modelId, Level level, int year) {
    return modelId + "~" + level + "~" + year;
  }

  /** The model id inside a recognition id. */
  public static String modelIdOf(String recognitionId) {
    int cut = recognitionId.indexOf('~');
    return cut < 0 ? recognitionId : recognitionId.substring(0, cut);
  }

  public boolean revoked() {
    return status == Status.REVOKED;
  }

  /** The last year this recognition was judged for: its own year or its latest re-evaluation. */
  public int lastJudgedYear() {
    return reEvaluations.stream().mapToInt(ReEvaluation::year).max().orElse(year);
  }

  Recognition sustained(ReEvaluation review, LocalDate nextDue) {
    return new Recognition(
        id,
        level,
        year,
        decision,
        Status.SUSTAINED,
        plus(review),
        nextDue,
        remindedFor,
        null,
        null,
        recordedAt);
  }

  Recognition revoke(ReEvaluation review, Instant at) {
    return new Recognition(
        id,
        level,
        year,
        decision,
        Status.REVOKED,
        plus(review),
        null,
        remindedFor,
        review.reason(),
        at,
        recordedAt);
  }

  Recognition reminded(LocalDate dueDate) {
    return new Recognition(
        id,
        level,
        year,
        decision,
        status,
        reEvaluations,
        nextReEvaluationDue,
        dueDate,
        revocationReason,
        revokedAt,
        recordedAt);
  }

  private List<ReEvaluation> plus(ReEvaluation review) {
    List<ReEvaluation> all = new ArrayList<>(reEvaluations);
    all.add(review);
    return List.copyOf(all);
  }
}
