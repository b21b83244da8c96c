package vn.dienbien.portal.drafting;

import java.time.LocalDate;
import java.util.List;
import vn.dienbien.portal.directive.Directive;

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

  /**
   * A task with the reporting periods each of its units will owe, and the dated milestones (sơ kết,
   * tổng kết) still ahead, each owed once by each lead unit (report-service owes none whose date is
   * already past when the unit is assigned).
   */
  public record Line(Task task, Plan plan, List<Directive.Milestone> milestones) {

    public Line {
      milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    static Line of(Task task, Plan plan, Directive.Task drafted, LocalDate today) {
      List<Directive.Milestone> ahead =
          drafted == null || drafted.deadline() == null
              ? List.of()
              : drafted.deadline().milestones().stream()
                  .filter(m -> m.dueDate() != null && !m.dueDate().isBefore(today))
                  .toList();
      return new Line(task, plan, ahead);
    }

    public long leads() {
      return task.units().stream().filter(u -> "LEAD".equals(u.role())).count();
    }

    public long obligations() {
      return (long) plan.count() * task.units().size() + milestones.size() * leads();
    }
  }

  /** The whole preview: what issuing creates, and how many reports follow. */
  public record Preview(FanOut fanOut, List<Line> lines) {
    public long obligations() {
      return lines.stream().mapToLong(Line::obligations).sum();
    }
  }
}
