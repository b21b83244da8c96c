package vn.dienbien.report.obligation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A task assigned to one unit, in the planner's terms: the {@link Assignment} its obligations copy
 * (a null monitoring unit means the calendar's), how it is due ({@code dueDate}, or {@code cadence}
 * over {@code periodStart}..{@code periodEnd}) and its milestones. A null {@code cadence}, period
 * bound or {@code assignedAt} falls back to the calendar and the clock.
 */
public record AssignedTask(
    Assignment assignment,
    LocalDate dueDate,
    Cadence cadence,
    LocalDate periodStart,
    LocalDate periodEnd,
    OffsetDateTime assignedAt,
    List<Milestone> milestones) {

  public AssignedTask {
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
  }

  public DeadlineKind deadlineKind() {
    return assignment.deadlineKind();
  }

  public String directiveNumber() {
    return assignment.directiveNumber();
  }
}
