package vn.dienbien.analyst;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What the on-time rates need of one {@code vn.dienbien.report.obligation-state.v1} record: its
 * directive, task and unit, when its period starts and when it falls due, its state and whether its
 * latest report arrived late.
 *
 * @param latestReportLate null before the first report
 */
public record ObligationView(
    String obligationId,
    String directiveId,
    String directiveNumber,
    String taskCode,
    String unitId,
    LocalDate periodStart,
    LocalDate dueDate,
    Instant dueAt,
    String state,
    Boolean latestReportLate) {

  public static final String TYPE = "vn.dienbien.report.obligation-state.v1";

  /** Reads the {@code data} of an obligation-state CloudEvent envelope. */
  public static ObligationView of(JsonNode envelope) {
    if (!TYPE.equals(envelope.path("type").asText())) {
      throw new IllegalArgumentException("Not an obligation state: " + envelope.path("type"));
    }
    JsonNode d = envelope.path("data");
    JsonNode report = d.path("latestReport");
    return new ObligationView(
        d.path("obligationId").asText(),
        d.path("directiveId").asText(),
        d.path("directiveNumber").asText(),
        d.path("taskCode").asText(),
        d.path("unitId").asText(),
        LocalDate.parse(d.path("periodStart").asText()),
        LocalDate.parse(d.path("dueDate").asText()),
        OffsetDateTime.parse(d.path("dueAt").asText()).toInstant(),
        d.path("state").asText(),
        report.isObject() ? report.path("late").asBoolean() : null);
  }
}
