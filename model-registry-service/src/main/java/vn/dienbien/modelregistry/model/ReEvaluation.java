package vn.dienbien.modelregistry.model;

import java.time.Instant;
import java.util.List;

/**
 * A re-evaluation after recognition (đánh giá lại sau công nhận). Item 11.6 asks it to "chỉ ra hạn
 * chế, tồn tại cần khắc phục": {@code shortcomings} are what was found, {@code measures} what the
 * unit is to do about them; both are part of the record, whatever the outcome.
 */
public record ReEvaluation(
    int year,
    Outcome outcome,
    String reason,
    String notes,
    String evaluator,
    Instant recordedAt,
    List<String> shortcomings,
    List<String> measures) {

  public ReEvaluation {
    shortcomings = shortcomings == null ? List.of() : List.copyOf(shortcomings);
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  /** The same review as recorded at {@code at}. */
  public ReEvaluation recordedAt(Instant at) {
    return new ReEvaluation(year, outcome, reason, notes, evaluator, at, shortcomings, measures);
  }

  public enum Outcome {
    SUSTAINED,
    LAPSED
  }
}
