package vn.dienbien.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rates from records as they are on the wire (the obligation-state schema's fields). */
class OnTimeRatesTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  // 10/06/2026 09:00 in Hà Nội.
  private static final Instant NOW = Instant.parse("2026-06-10T02:00:00Z");

  private final List<ObligationView> obligations =
      List.of(
          // On time: reported before its due time.
          view("o-1", "d-11", "11.7a", "XA-A", "2026-01-01", "2026-06-01", "SUBMITTED", false),
          // Late: accepted, but it had arrived after the due time.
          view("o-2", "d-11", "11.7a", "XA-B", "2026-01-01", "2026-05-20", "ACCEPTED", true),
          // Returned and past due: overdue again.
          view("o-3", "d-11", "11.7b", "XA-B", "2026-04-01", "2026-06-05", "RETURNED", false),
          // Open, due in 3 days: due soon, not owed yet.
          view("o-4", "d-11", "11.7b", "XA-A", "2026-04-01", "2026-06-12", "OPEN", null),
          // Closed: not counted.
          view("o-5", "d-11", "11.7b", "XA-C", "2026-04-01", "2026-06-01", "CLOSED", null),
          // Its period has not started: not in the directive's progress, but due in the year.
          view("o-6", "d-11", "11.7a", "XA-A", "2026-07-01", "2026-09-30", "OPEN", null),
          view("o-7", "d-06", "06.3b", "XA-C", "2026-01-01", "2026-03-31", "SUBMITTED", false));

  @Test
  void statusesFollowTheProgressRules() {
    assertThat(obligations.stream().map(o -> Status.of(o, NOW).orElse(null)))
        .containsExactly(
            Status.DONE_ON_TIME,
            Status.DONE_LATE,
            Status.OVERDUE,
            Status.DUE_SOON,
            null,
            Status.ON_TRACK,
            Status.DONE_ON_TIME);
  }

  @Test
  void aDirectiveCountsItsStartedPeriodsByUnitAndTask() {
    OnTimeRates rates = OnTimeRates.directive(obligations, "d-11", NOW, Analyst.ZONE);

    // 1 on time of 3 owed (on time, late, overdue): 33.3 %; o-5 closed, o-6 not started.
    assertThat(rates.total().onTimeRate()).isEqualTo(33.3);
    assertThat(rates.total().total()).isEqualTo(4);
    assertThat(rates.byUnit()).containsOnlyKeys("XA-A", "XA-B");
    assertThat(rates.byUnit().get("XA-A").onTimeRate()).isEqualTo(100.0);
    assertThat(rates.byUnit().get("XA-B").onTimeRate()).isEqualTo(0.0);
    assertThat(rates.byTask().get("11.7b").onTimeRate()).isEqualTo(0.0);
    assertThat(rates.byTask().get("11.7a").counts())
        .containsEntry(Status.DONE_ON_TIME, 1)
        .containsEntry(Status.DONE_LATE, 1);
  }

  @Test
  void aPeriodCountsWhatFallsDueInIt() {
    OnTimeRates year =
        OnTimeRates.period(obligations, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), NOW);
    OnTimeRates june =
        OnTimeRates.period(obligations, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30), NOW);

    // 2 on time (o-1, o-7) of 4 owed (o-1, o-2, o-3, o-7).
    assertThat(year.total().onTimeRate()).isEqualTo(50.0);
    assertThat(year.byUnit().get("XA-C").onTimeRate()).isEqualTo(100.0);
    // June: o-1 on time, o-3 overdue; o-4 due soon, o-5 closed.
    assertThat(june.total().onTimeRate()).isEqualTo(50.0);
    assertThat(june.byUnit().get("XA-A").counts()).containsEntry(Status.DUE_SOON, 1);
    assertThat(june.byUnit()).doesNotContainKey("XA-C");
  }

  @Test
  void printsRatesWithNamesFromAssignments() {
    var names =
        new Analyst.Names(
            Map.of("XA-A", "Xã Mường Phăng", "XA-B", "Xã Nà Tấu"),
            Map.of("d-11", "11-CT/TU Chỉ thị về phong trào thi đua \"Dân vận khéo\""));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Analyst(new PrintStream(bytes, true, StandardCharsets.UTF_8), names)
        .print(obligations, NOW, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(printed)
        .contains("Tỷ lệ báo cáo đúng hạn tính đến 10/06/2026 (7 nghĩa vụ báo cáo)")
        .contains(
            "  11-CT/TU Chỉ thị về phong trào thi đua \"Dân vận khéo\":"
                + " 33,3% đúng hạn (1/3 đến hạn; 1 quá hạn, 1 nộp trễ)")
        .contains("    XA-A Xã Mường Phăng: 100,0% đúng hạn (1/1 đến hạn; 0 quá hạn, 0 nộp trễ)")
        .contains("  d-06: 100,0% đúng hạn (1/1 đến hạn; 0 quá hạn, 0 nộp trễ)")
        .contains("Theo đơn vị (hạn nộp từ 01/01/2026 đến 31/12/2026):")
        .contains("  XA-B Xã Nà Tấu: 0,0% đúng hạn (0/2 đến hạn; 1 quá hạn, 1 nộp trễ)")
        .contains("  Tổng cộng: 50,0% đúng hạn (2/4 đến hạn; 1 quá hạn, 1 nộp trễ)");
  }

  @Test
  void nothingOwedHasNoRate() {
    Tally tally = Tally.of(List.of(Status.ON_TRACK, Status.DUE_SOON));
    assertThat(tally.onTimeRate()).isNull();
    assertThat(Analyst.line(tally)).isEqualTo("chưa có báo cáo đến hạn");
  }

  @Test
  void anotherTypeIsRefused() throws Exception {
    JsonNode other = JSON.readTree("{\"type\":\"vn.dienbien.report.submitted.v1\",\"data\":{}}");
    assertThatThrownBy(() -> ObligationView.of(other)).isInstanceOf(IllegalArgumentException.class);
  }

  /** An obligation-state envelope as report-service publishes it, read back. */
  private static ObligationView view(
      String id,
      String directive,
      String task,
      String unit,
      String periodStart,
      String due,
      String state,
      Boolean late) {
    var data = JSON.createObjectNode();
    data.put("obligationId", id).put("directiveId", directive).put("directiveNumber", directive);
    data.put("taskCode", task).put("unitId", unit).put("periodStart", periodStart);
    data.put("dueDate", due).put("dueAt", LocalDate.parse(due).plusDays(1) + "T00:00+07:00");
    data.put("state", state);
    if (late != null) {
      data.putObject("latestReport").put("revision", 1).put("late", late);
    }
    var envelope = JSON.createObjectNode().put("type", ObligationView.TYPE);
    envelope.set("data", data);
    return ObligationView.of(envelope);
  }
}
