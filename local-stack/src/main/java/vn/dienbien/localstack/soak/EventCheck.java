package vn.dienbien.localstack.soak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Expected facts against the events read from the topics, per event type: how many facts expected,
 * how many found, which are missing, and facts published more than once under different ids (a
 * second task-assigned for one assignment, a second overdue step 0 for one obligation).
 */
final class EventCheck {

  /** One line of the table. */
  record Row(String type, int expected, int found, List<String> missing, int repeatedFacts) {}

  private EventCheck() {}

  static List<Row> rows(Expectations x, StreamAudit stream) {
    List<Row> rows = new ArrayList<>();
    rows.add(row(stream, "vn.dienbien.directive.directive-issued.v1", x.directives(), s -> ""));
    rows.add(row(stream, "vn.dienbien.directive.task-assigned.v1", x.assignments(), s -> ""));
    rows.add(row(stream, "vn.dienbien.report.submitted.v1", x.submitted(), s -> ""));
    rows.add(row(stream, "vn.dienbien.report.reviewed.v1", x.reviewed(), s -> ""));
    rows.add(
        row(stream, "vn.dienbien.directive.assignment-closed.v1", x.closedAssignments(), s -> ""));
    rows.add(
        row(
            stream,
            "vn.dienbien.report.due-soon.v1",
            x.dueSoonObligations(),
            s -> s.data().path("daysBefore").asText()));
    rows.add(
        row(
            stream,
            "vn.dienbien.report.overdue.v1",
            x.overdueObligations(),
            s -> s.data().path("escalationStep").asText()));
    return rows;
  }

  static boolean complete(List<Row> rows) {
    return rows.stream().allMatch(r -> r.missing().isEmpty());
  }

  /**
   * @param step what makes two events of one subject different facts (a reminder's step), or ""
   */
  private static Row row(
      StreamAudit stream,
      String type,
      Set<String> expected,
      Function<StreamAudit.Seen, String> step) {
    Map<String, Set<String>> idsByFact = new HashMap<>();
    for (StreamAudit.Seen seen : stream.ofType(type)) {
      if (expected.contains(seen.subject())) {
        idsByFact
            .computeIfAbsent(seen.subject() + "|" + step.apply(seen), k -> new HashSet<>())
            .add(seen.id());
      }
    }
    Set<String> found = new HashSet<>();
    idsByFact.keySet().forEach(k -> found.add(k.substring(0, k.lastIndexOf('|'))));
    List<String> missing = expected.stream().filter(e -> !found.contains(e)).sorted().toList();
    int repeated = idsByFact.values().stream().mapToInt(ids -> ids.size() - 1).sum();
    return new Row(type, expected.size(), found.size(), missing, repeated);
  }
}
