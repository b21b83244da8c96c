package vn.dienbien.directive.assignment.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dienbien.directive.assignment.Assignment;
import vn.dienbien.directive.assignment.Role;
import vn.dienbien.directive.directive.Cadence;
import vn.dienbien.directive.directive.DeadlineKind;

/**
 * What issuing a directive would assign, per task: the units (groups split into their members, a
 * unit assigned once) and the deadline each assignment carries, so report-service can tell how many
 * reporting obligations follow ({@code GET /api/v1/reporting-plan}).
 */
record FanOutView(
    String directiveId, int taskCount, int unitCount, int assignmentCount, List<TaskFanOut> tasks) {

  record TaskFanOut(
      String taskCode,
      DeadlineKind deadlineKind,
      LocalDate dueDate,
      Cadence cadence,
      LocalDate periodStart,
      LocalDate periodEnd,
      List<Assignee> units) {}

  record Assignee(String unitId, String unitName, Role role) {}

  static FanOutView of(String directiveId, List<Assignment> planned) {
    Map<String, List<Assignment>> byTask = new LinkedHashMap<>();
    planned.forEach(
        a -> byTask.computeIfAbsent(a.taskCode(), c -> new java.util.ArrayList<>()).add(a));
    List<TaskFanOut> tasks =
        byTask.values().stream()
            .map(list -> {
              Assignment first = list.getFirst();
              return new TaskFanOut(
                  first.taskCode(),
                  first.deadlineKind(),
                  first.originalDueDate(),
                  first.cadence(),
                  first.periodStart(),
                  first.periodEnd(),
                  list.stream()
                      .map(a -> new Assignee(a.unitId(), a.unitName(), a.role()))
                      .toList());
            })
            .toList();
    int units = (int) planned.stream().map(Assignment::unitId).distinct().count();
    return new FanOutView(directiveId, tasks.size(), units, planned.size(), tasks);
  }
}
