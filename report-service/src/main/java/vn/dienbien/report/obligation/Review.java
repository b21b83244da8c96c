package vn.dienbien.report.obligation;

import java.time.Instant;

/** The monitoring body's decision on one report. */
public record Review(
    Outcome outcome, String comment, Instant reviewedAt, String reviewerUnitId, String actorId) {

  /** Who reviews: the reviewing unit and the person acting for it. */
  public record Reviewer(String unitId, String actorId) {}

  /** What the reviewer decided; a blank comment is none. */
  public record Verdict(Outcome outcome, String comment) {
    public Verdict {
      comment = comment == null || comment.isBlank() ? null : comment.strip();
    }
  }

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
