package vn.dienbien.localstack.soak;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What must be on the streams after the burst, from what the services acknowledged to the people
 * (HTTP answers) and what they store (their own APIs): one event per fact, no more, no less.
 */
record Expectations(
    int communes,
    Set<String> directives,
    Set<String> assignments,
    Set<String> obligations,
    Set<String> dueSoonObligations,
    Set<String> overdueObligations,
    Set<String> submitted,
    Set<String> reviewed,
    Set<String> returned,
    Set<String> closedAssignments) {

  /** Tasks per directive: every commune gets one assignment and one obligation per task. */
  static final int TASKS = 3;

  static Expectations gather(Api api, Burst burst, int communes) {
    Set<String> assignments = new HashSet<>();
    Set<String> obligations = new HashSet<>();
    Set<String> dueSoon = new HashSet<>();
    Set<String> overdue = new HashSet<>();
    Set<String> directives = new HashSet<>();
    for (int n : burst.issued) {
      directives.add(Directives.id(n));
      api.all("directive-service", "monitor", "/api/v1/assignments?directiveId=" + Directives.id(n))
          .forEach(a -> assignments.add(a.path("id").asText()));
      String number = Directives.number(n);
      List<JsonNode> found =
          api.all(
              "report-service",
              "monitor",
              "/api/v1/obligations?directiveNumber=" + Api.encode(number));
      for (JsonNode o : found) {
        String id = o.path("id").asText();
        obligations.add(id);
        switch (o.path("taskCode").asText()) {
          case Directives.DUE_SOON_TASK -> dueSoon.add(id);
          case Directives.OVERDUE_TASK -> overdue.add(id);
          default -> {}
        }
      }
    }
    return new Expectations(
        communes,
        directives,
        assignments,
        obligations,
        dueSoon,
        overdue,
        Set.copyOf(burst.submitted),
        Set.copyOf(burst.reviewed),
        Set.copyOf(burst.returned),
        Set.copyOf(burst.closedAssignments));
  }

  /** Assignments (and obligations) the issued directives call for: tasks × communes each. */
  int plannedAssignments() {
    return directives.size() * TASKS * communes;
  }
}
