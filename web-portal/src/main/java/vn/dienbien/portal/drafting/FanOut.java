package vn.dienbien.portal.drafting;

import java.time.LocalDate;
import java.util.List;

/** directive-service's preview of who issuing would assign, per task. */
public record FanOut(
    String directiveId, int taskCount, int unitCount, int assignmentCount, List<Task> tasks) {

  public record Task(
      String taskCode,
      String deadlineKind,
      LocalDate dueDate,
      String cadence,
      LocalDate periodStart,
      LocalDate periodEnd,
      List<Assignee> units) {}

  public record Assignee(String unitId, String unitName, String role) {}

  /** report-service's reporting periods for one assignment of a task. */
  public record Plan(int count, List<Period> periods) {}

  public record Period(String key, String label, LocalDate dueDate) {}

  /** A task with the reporting periods each of its units will owe. */
  public record Line(Task task, Plan plan) {
    public long obligations() {
      return (long) plan.count() * task.units().size();
    }
  }

  /** The whole preview: what issuing creates, and how many reports follow. */
  public record Preview(FanOut fanOut, List<Line> lines) {
    public long obligations() {
      return lines.stream().mapToLong(Line::obligations).sum();
    }
  }
}
