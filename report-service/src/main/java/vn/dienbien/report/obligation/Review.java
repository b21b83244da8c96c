package vn.dienbien.report.obligation;

import java.time.Instant;

/** The monitoring body's decision on one report. */
public record Review(
    Outcome outcome, String comment, Instant reviewedAt, String reviewerUnitId, String actorId) {

  public enum Outcome {
    ACCEPTED("Chấp nhận"),
    RETURNED("Trả lại");

    private final String label;

    Outcome(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
