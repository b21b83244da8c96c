package vn.dienbien.portal.report;

import java.time.Instant;
import java.util.List;

/** One submission (revision) of a report, and the monitoring body's review of it. */
public record Report(
    String id,
    int revision,
    Content content,
    List<Evidence> evidence,
    Instant submittedAt,
    boolean late,
    int daysLate,
    String timeliness,
    String actorId,
    Review review) {

  public Report {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  public record Content(
      int progressPercent, String status, String results, String difficulties, String proposals) {}

  public record Evidence(String fileId, String filename, String contentType, long size) {

    public boolean image() {
      return contentType != null && contentType.startsWith("image/");
    }
  }

  public record Review(
      String outcome, String comment, Instant reviewedAt, String reviewerUnitId, String actorId) {

    public boolean returned() {
      return "RETURNED".equals(outcome);
    }
  }
}
