package vn.dienbien.contracts.directive;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.dienbien.contracts.DomainEvent;

/**
 * A task of a directive was assigned to one unit (one event per assignment).
 *
 * <p>Wire contract: vn.dienbien.directive.task-assigned.v1, schema
 * schemas/directive/task-assigned.v1.json. {@code milestones} (added to v1, optional: absent in
 * older events, ignored by older consumers) are the task's dated products besides its periodic
 * reports, e.g. the mid-term review (sơ kết) and the final review (tổng kết); each is owed once, by
 * its own date.
 */
public record TaskAssigned(
    String assignmentId,
    String directiveId,
    String directiveNumber,
    String directiveTitle,
    String taskId,
    String taskCode,
    String taskContent,
    String expectedOutput,
    String unitId,
    String unitName,
    Role role,
    DeadlineKind deadlineKind,
    LocalDate dueDate,
    Cadence cadence,
    LocalDate periodStart,
    LocalDate periodEnd,
    String monitoringUnitId,
    OffsetDateTime assignedAt,
    String actorId,
    List<Milestone> milestones)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.directive.task-assigned.v1";

  public TaskAssigned {
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
  }

  /** An assignment without milestones (the shape of v1 before milestones were added). */
  public TaskAssigned(
      String assignmentId,
      String directiveId,
      String directiveNumber,
      String directiveTitle,
      String taskId,
      String taskCode,
      String taskContent,
      String expectedOutput,
      String unitId,
      String unitName,
      Role role,
      DeadlineKind deadlineKind,
      LocalDate dueDate,
      Cadence cadence,
      LocalDate periodStart,
      LocalDate periodEnd,
      String monitoringUnitId,
      OffsetDateTime assignedAt,
      String actorId) {
    this(
        assignmentId,
        directiveId,
        directiveNumber,
        directiveTitle,
        taskId,
        taskCode,
        taskContent,
        expectedOutput,
        unitId,
        unitName,
        role,
        deadlineKind,
        dueDate,
        cadence,
        periodStart,
        periodEnd,
        monitoringUnitId,
        assignedAt,
        actorId,
        List.of());
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return assignmentId;
  }

  public enum Role {
    LEAD,
    COORDINATING
  }

  public enum DeadlineKind {
    FIXED_DATE,
    ONGOING,
    ANNUAL
  }

  /**
   * A dated product of the task (deadline kind MILESTONE): {@code key} is unique within the task,
   * {@code label} is what people read, the report is due on {@code dueDate} and accepted from
   * {@code windowOpensOn} (null: from the task's start). {@code dateSource} says who set the date.
   */
  public record Milestone(
      String key,
      String label,
      LocalDate dueDate,
      LocalDate windowOpensOn,
      DateSource dateSource) {}

  /**
   * Who set a milestone's date: the directive's text, the province (a decision of the Standing
   * Board or its office), or nobody yet, in which case the date is a default the province must
   * confirm.
   */
  public enum DateSource {
    DIRECTIVE,
    PROVINCE,
    PROVINCE_DEFAULT
  }

  public enum Cadence {
    MONTHLY,
    QUARTERLY,
    HALF_YEARLY,
    YEARLY
  }
}
