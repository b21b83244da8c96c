package vn.dienbien.directive.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.directive.TaskAssigned.Cadence;
import vn.dienbien.contracts.directive.TaskAssigned.DeadlineKind;
import vn.dienbien.contracts.directive.TaskAssigned.Milestone;
import vn.dienbien.contracts.directive.TaskAssigned.Role;

/**
 * One task for one unit: the record that answers "rõ người, rõ việc, rõ thời gian, rõ trách nhiệm,
 * rõ thẩm quyền, rõ sản phẩm". Its id {@code <taskId>@<unitCode>} is deterministic, so issuing
 * twice finds the same document instead of creating another. On-time statistics use {@code
 * originalDueDate}; reminders use {@code currentDueDate}. {@code milestones} are the task's dated
 * products (sơ kết, tổng kết), owed by this unit too.
 */
@Document("assignments")
public record Assignment(
    @Id String id,
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
    LocalDate originalDueDate,
    LocalDate currentDueDate,
    Cadence cadence,
    LocalDate periodStart,
    LocalDate periodEnd,
    String monitoringUnitId,
    AssignmentStatus status,
    Instant assignedAt,
    ExtensionRequest pendingExtension,
    List<ExtensionRequest> extensions,
    Instant closedAt,
    String closedReason,
    List<Milestone> milestones) {

  public Assignment {
    extensions = extensions == null ? List.of() : List.copyOf(extensions);
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
  }

  public static String idOf(String taskId, String unitCode) {
    return taskId + "@" + unitCode;
  }

  TaskAssigned assigned(String actorId, ZoneId zone) {
    return new TaskAssigned(
        id,
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
        originalDueDate,
        cadence,
        periodStart,
        periodEnd,
        monitoringUnitId,
        OffsetDateTime.ofInstant(assignedAt, zone),
        actorId,
        milestones);
  }

  boolean isClosed() {
    return status == AssignmentStatus.CLOSED;
  }
}
