package vn.dienbien.directive.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dienbien.contracts.directive.AssignmentCurrentState;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.platform.outbox.StateTopic;

/**
 * The event factory of the compacted topic {@code assignment-state}: every assignment's current
 * state (key: assignment id) with each change written through the outbox. Extension requests are
 * counted, not copied: their reasons, notes and the people who made or decided them stay here.
 */
@Configuration(proxyBeanMethods = false)
public class AssignmentStateEvents {

  @Bean
  StateTopic<Assignment> assignmentState(Clock clock) {
    ZoneId zone = clock.getZone();
    return StateTopic.of(Assignment.class, AssignmentCurrentState.TYPE, a -> of(a, zone));
  }

  /** The state record of {@code a}; instants as date-times in {@code zone}. */
  public static AssignmentCurrentState of(Assignment a, ZoneId zone) {
    return new AssignmentCurrentState(
        a.id(),
        a.directiveId(),
        a.directiveNumber(),
        a.directiveTitle(),
        a.taskId(),
        a.taskCode(),
        a.unitId(),
        a.unitName(),
        TaskAssigned.Role.valueOf(a.role().name()),
        TaskAssigned.DeadlineKind.valueOf(a.deadlineKind().name()),
        a.cadence() == null ? null : TaskAssigned.Cadence.valueOf(a.cadence().name()),
        a.originalDueDate(),
        a.currentDueDate(),
        a.periodStart(),
        a.periodEnd(),
        a.monitoringUnitId(),
        AssignmentCurrentState.Status.valueOf(a.status().name()),
        at(a.assignedAt(), zone),
        (int)
            a.extensions().stream()
                .filter(e -> e.decision() == ExtensionRequest.Decision.APPROVED)
                .count(),
        a.pendingExtension() != null,
        at(a.closedAt(), zone),
        a.closedReason() == null
            ? null
            : AssignmentEvents.reason(Closure.ofRecorded(a.closedReason())));
  }

  private static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, zone);
  }
}
