package vn.dienbien.report.obligation;

import java.time.Instant;
import java.util.List;

/**
 * One submission (revision) of a report against an obligation. Revisions are kept inside the
 * obligation document, so a submission or review and its event are one atomic write.
 */
public record Report(
    String id,
    int revision,
    ReportContent content,
    List<EvidenceFile> evidence,
    Instant submittedAt,
    boolean late,
    int daysLate,
    Timeliness timeliness,
    String actorId,
    Review review) {

  public static String idOf(String obligationId, int revision) {
    return obligationId + ":r" + revision;
  }

  /** The obligation id part of a report id (reports live inside their obligation). */
  public static String obligationIdOf(String reportId) {
    int at = reportId.lastIndexOf(":r");
    return at <= 0 ? null : reportId.substring(0, at);
  }

  /** This revision with the monitoring body's decision. */
  Report withReview(Review decision) {
    return new Report(
        id,
        revision,
        content,
        evidence,
        submittedAt,
        late,
        daysLate,
        timeliness,
        actorId,
        decision);
  }

  public boolean reviewed() {
    return review != null;
  }
}
