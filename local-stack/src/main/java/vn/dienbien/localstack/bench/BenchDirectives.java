package vn.dienbien.localstack.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import vn.dienbien.localstack.soak.Api;
import vn.dienbien.localstack.soak.Directives;
import vn.dienbien.localstack.soak.Steps;

/**
 * The directives the benchmark issues through directive-service, as the provincial office would:
 * load directives whose many tasks go to the load user's unit (the obligations the submissions
 * report on), and the fan-out directive to the 45 communes (group XA-PHUONG). Every task is due in
 * 20 days, so its reporting window is open and no reminder falls due during the run.
 */
final class BenchDirectives {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String COMMUNES = "XA-PHUONG";
  static final int MAX_TASKS = 200;
  private static final String EDITOR = "editor";

  private final Api api;
  private final AtomicInteger retries = new AtomicInteger();

  BenchDirectives(Api api) {
    this.api = api;
  }

  static String number(int n) {
    return (800 + n) + "-CT/TU";
  }

  /** Directive ids are the number in lower case with "/" as "-" (directive-service). */
  static String id(int n) {
    return Directives.idOf(number(n));
  }

  /** Creates and issues directive {@code n} with {@code tasks} tasks led by unit or group. */
  void issue(int n, int tasks, String leadField, String lead) {
    LocalDate today = LocalDate.now(ZONE);
    Map<String, Object> draft =
        Directives.draft(
            number(n),
            "Chỉ thị đo hiệu năng số " + n + " (benchmark, dữ liệu thử)",
            today,
            tasks(tasks, leadField, lead, today.plusDays(20)));
    Steps.untilDone(
        "create " + number(n),
        retries,
        () -> {
          Api.Reply r = api.post("directive-service", EDITOR, "/api/v1/directives", draft);
          return r.ok() || r.status() == 409;
        });
    Steps.untilDone(
        "issue " + number(n),
        retries,
        () ->
            api.post("directive-service", EDITOR, "/api/v1/directives/" + id(n) + "/issue", null)
                .ok());
  }

  private static List<Map<String, Object>> tasks(
      int count, String leadField, String lead, LocalDate due) {
    List<Map<String, Object>> tasks = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      tasks.add(
          Map.of(
              "code",
              Integer.toString(i),
              "content",
              "Nhiệm vụ đo hiệu năng số " + i + " (dữ liệu thử)",
              leadField,
              lead,
              "deadline",
              Map.of("kind", "FIXED_DATE", "dueDate", due.toString())));
    }
    return tasks;
  }
}
