package vn.dienbien.localstack.soak;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The work people do during the soak, through the public APIs with real tokens: the provincial
 * office issues directives to every commune, each commune's officer reports on task 1, the
 * monitoring body reviews (every third unit's first report is returned and reported again), while
 * the services send the reminders tasks 2 and 3 call for. Every write is repeated until it is known
 * to have happened once, as a person retrying on an error page would.
 */
final class Burst {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String EDITOR = "editor";
  private static final String MONITOR = "monitor";

  /** What the burst did, as acknowledged by the services: the soak's expectations. */
  final Set<Integer> issued = ConcurrentHashMap.newKeySet();

  final Set<String> submitted = ConcurrentHashMap.newKeySet();
  final Set<String> reviewed = ConcurrentHashMap.newKeySet();
  final Set<String> returned = ConcurrentHashMap.newKeySet();
  final Set<String> closedAssignments = ConcurrentHashMap.newKeySet();
  final AtomicInteger retries = new AtomicInteger();

  private final Api api;
  private final List<String> communes;
  private final ExecutorService officers = Executors.newFixedThreadPool(6);

  Burst(Api api, List<String> communes) {
    this.api = api;
    this.communes = communes;
  }

  static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** Creates and issues directive {@code n}; returns once directive-service has issued it. */
  void issue(int n) {
    String id = Directives.id(n);
    Steps.untilDone(
        "create " + Directives.number(n),
        retries,
        () -> {
          Api.Reply r =
              api.post(
                  "directive-service", EDITOR, "/api/v1/directives", Directives.draft(n, today()));
          return r.ok() || r.status() == 409 && exists(id);
        });
    Steps.untilDone(
        "issue " + Directives.number(n),
        retries,
        () ->
            api.post("directive-service", EDITOR, "/api/v1/directives/" + id + "/issue", null)
                .ok());
    issued.add(n);
  }

  /** Starts every commune's reporting on task 1 of directive {@code n} (in the background). */
  void report(int n) {
    for (int i = 0; i < communes.size(); i++) {
      String unit = communes.get(i);
      boolean returnFirst = i % 3 == 0;
      officers.submit(() -> reportCycle(n, unit, returnFirst));
    }
  }

  /** Waits until every started reporting cycle is finished. */
  boolean awaitReports(long seconds) throws InterruptedException {
    officers.shutdown();
    return officers.awaitTermination(seconds, TimeUnit.SECONDS);
  }

  private void reportCycle(int n, String unit, boolean returnFirst) {
    try {
      String obligationId = awaitObligation(n, unit);
      String report = submit(unit, obligationId);
      if (returnFirst) {
        review(report, "RETURNED");
        returned.add(report);
        report = submit(unit, obligationId);
      }
      review(report, "ACCEPTED");
      closedAssignments.add(obligationId.substring(0, obligationId.lastIndexOf(':')));
    } catch (RuntimeException e) {
      System.out.println("  !! reporting of " + unit + " stopped: " + e.getMessage());
    }
  }

  private String awaitObligation(int n, String unit) {
    String path =
        "/api/v1/obligations?directiveNumber="
            + Api.encode(Directives.number(n))
            + "&unitId="
            + unit;
    return Steps.poll(
        "obligation of " + unit,
        () ->
            api.all("report-service", officer(unit), path).stream()
                .filter(o -> Directives.REPORTED_TASK.equals(o.path("taskCode").asText()))
                .map(o -> o.path("id").asText())
                .findFirst());
  }

  private String submit(String unit, String obligationId) {
    Map<String, Object> report =
        Map.of(
            "obligationId",
            obligationId,
            "progressPercent",
            100,
            "status",
            "COMPLETED",
            "results",
            "Đã triển khai đầy đủ (dữ liệu thử tải) – " + unit);
    String[] id = new String[1];
    Steps.untilDone(
        "report of " + unit,
        retries,
        () -> {
          Api.Reply r = api.post("report-service", officer(unit), "/api/v1/reports", report);
          if (r.ok()) {
            id[0] = r.body().path("id").asText();
          } else if (r.status() == 409 && "report-pending-review".equals(r.code())) {
            id[0] = lastReport(unit, obligationId).orElse(null); // an earlier try went through
          }
          return id[0] != null;
        });
    submitted.add(id[0]);
    return id[0];
  }

  private void review(String reportId, String outcome) {
    Map<String, Object> decision =
        "RETURNED".equals(outcome)
            ? Map.of("outcome", outcome, "comment", "Đề nghị bổ sung số liệu (thử tải)")
            : Map.of("outcome", outcome);
    Steps.untilDone(
        "review of " + reportId,
        retries,
        () -> {
          Api.Reply r =
              api.post(
                  "report-service", MONITOR, "/api/v1/reports/" + reportId + "/review", decision);
          return r.ok() || r.status() == 409 && isReviewed(reportId);
        });
    reviewed.add(reportId);
  }

  private Optional<String> lastReport(String unit, String obligationId) {
    Api.Reply r = api.get("report-service", officer(unit), "/api/v1/obligations/" + obligationId);
    List<JsonNode> reports = new ArrayList<>();
    r.body().path("reports").forEach(reports::add);
    return reports.isEmpty()
        ? Optional.empty()
        : Optional.of(reports.getLast().path("id").asText());
  }

  private boolean isReviewed(String reportId) {
    Api.Reply r = api.get("report-service", MONITOR, "/api/v1/reports/" + reportId);
    return r.ok() && !r.body().path("review").isMissingNode() && !r.body().path("review").isNull();
  }

  private boolean exists(String directiveId) {
    return api.get("directive-service", EDITOR, "/api/v1/directives/" + directiveId).ok();
  }

  static String officer(String unit) {
    return "officer@" + unit;
  }
}
