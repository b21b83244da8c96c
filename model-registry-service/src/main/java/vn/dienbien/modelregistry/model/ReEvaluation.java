package vn.dienbien.modelregistry.model;

import java.time.Instant;

/** A yearly re-evaluation after recognition (đánh giá lại sau công nhận). */
public record ReEvaluation(
    int year, Outcome outcome, String reason, String notes, String evaluator, Instant recordedAt) {

  public enum Outcome {
    SUSTAINED,
    LAPSED
  }
}
