package vn.dienbien.portal.drafting;

import java.time.LocalDate;
import java.util.List;

/** directive-service's preview of who issuing would assign, per task. */
record FanOut(
    String directiveId, int taskCount, int unitCount, int assignmentCount, List<Task> tasks) {

  record Task(
      String taskCode,
      String deadlineKind,
      LocalDate dueDate,
      String cadence,
      LocalDate periodStart,
      LocalDate periodEnd,
      List<Assignee> units) {}

  record Assignee(String unitId, String unitName, String role) {}

  /** report-service's reporting periods for one assignment of a task. */
  record Plan(int count, List<Period> periods) {}

  record Period(String key, String label, LocalDate dueDate) {}

  /** A task with the reporting periods each of its units will owe. */
  record Line(Task task, Plan plan) {
    long obligations() {
      return (long) plan.count() * task.units().size();
    }
  }

  /** The whole preview: what issuing creates, and how many reports follow. */
  record Preview(FanOut fanOut, List<Line> lines) {
    public long obligations() {
      return lines.stream().mapToLong(Line::obligations).sum();
    }
  }
}
