package vn.dienbien.directive.assignment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dienbien.directive.assignment.ExtensionRequest.Decision;
import vn.dienbien.directive.directive.Cadence;
import vn.dienbien.directive.directive.DeadlineKind;
import vn.dienbien.directive.directive.Milestone;
import vn.dienbien.platform.refusal.Refusal;

/**
 * One task for one unit: the record that answers "rõ người, rõ việc, rõ thời gian, rõ trách nhiệm,
 * rõ thẩm quyền, rõ sản phẩm". Its id {@code <taskId>@<unitCode>} is deterministic, so issuing
 * twice finds the same document instead of creating another. On-time statistics use {@code
 * originalDueDate}; reminders use {@code currentDueDate}. {@code milestones} are the task's dated
 * products (sơ kết, tổng kết), owed by this unit too. Its transitions (close, ask for more time,
 * approve, reject) decide here and return the new state; {@link Assignments} stores it, guarded by
 * {@code version}: the version it was read at, which the outbox's save moves on (kept out of the
 * API's JSON, which never had it). A document stored without one (by an instance older than the
 * version, during a rolling upgrade) reads as version 0, which the outbox's save accepts.
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
    List<Milestone> milestones,
    @Version @JsonIgnore Long version) {

  public Assignment {
    version = version == null ? 0L : version;
    extensions = extensions == null ? List.of() : List.copyOf(extensions);
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
  }

  public static String idOf(String taskId, String unitCode) {
    return taskId + "@" + unitCode;
  }

  boolean isClosed() {
    return status == AssignmentStatus.CLOSED;
  }

  /**
   * Closed {@code by} at {@code at}; empty when closed already (a redelivery, a second marking).
   */
  Optional<Assignment> close(Closure by, Instant at) {
    if (isClosed()) {
      return Optional.empty();
    }
    return Optional.of(
        with(
            new Progress(
                AssignmentStatus.CLOSED, currentDueDate, null, extensions, at, by.recorded())));
  }

  /** With {@code request} pending, if a unit may ask for it today. */
  Assignment ask(ExtensionRequest request, LocalDate today) {
    ExtensionRules.checkRequest(this, request.proposedDueDate(), today);
    if (pendingExtension != null) {
      throw ExtensionRefusals.pending();
    }
    return with(new Progress(status, currentDueDate, request, extensions, closedAt, closedReason));
  }

  /** Request {@code requestId} approved: the current due date moves, the original stays. */
  Assignment approve(
      String requestId, LocalDate approvedDueDate, Decided decided, LocalDate today) {
    ExtensionRequest pending = pendingOf(requestId);
    LocalDate newDue = approvedDueDate != null ? approvedDueDate : pending.proposedDueDate();
    ExtensionRules.checkApproved(this, newDue, today);
    var decision =
        pending.decided(Decision.APPROVED, newDue, decided.note(), decided.by(), decided.at());
    return with(
        new Progress(
            AssignmentStatus.EXTENDED, newDue, null, plus(decision), closedAt, closedReason));
  }

  /** Request {@code requestId} rejected: the due date stays. */
  Assignment reject(String requestId, Decided decided) {
    var decision =
        pendingOf(requestId)
            .decided(Decision.REJECTED, null, decided.note(), decided.by(), decided.at());
    return with(new Progress(status, currentDueDate, null, plus(decision), closedAt, closedReason));
  }

  /** Who decided on an extension request, when, and why. */
  record Decided(String note, String by, Instant at) {}

  /** The latest decision on an extension request. */
  ExtensionRequest lastDecision() {
    return extensions.getLast();
  }

  private ExtensionRequest pendingOf(String requestId) {
    if (pendingExtension == null || !pendingExtension.id().equals(requestId)) {
      if (extensions.stream().anyMatch(e -> e.id().equals(requestId))) {
        throw ExtensionRefusals.decided();
      }
      throw Refusal.notFound("đề nghị gia hạn", requestId);
    }
    return pendingExtension;
  }

  private List<ExtensionRequest> plus(ExtensionRequest decision) {
    List<ExtensionRequest> all = new ArrayList<>(extensions);
    all.add(decision);
    return all;
  }

  /** The parts of an assignment its transitions change. */
  private record Progress(
      AssignmentStatus status,
      LocalDate currentDueDate,
      ExtensionRequest pending,
      List<ExtensionRequest> extensions,
      Instant closedAt,
      String closedReason) {}

  private Assignment with(Progress p) {
    return new Assignment(
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
        p.currentDueDate(),
        cadence,
        periodStart,
        periodEnd,
        monitoringUnitId,
        p.status(),
        assignedAt,
        p.pending(),
        p.extensions(),
        p.closedAt(),
        p.closedReason(),
        milestones,
        version);
  }
}
