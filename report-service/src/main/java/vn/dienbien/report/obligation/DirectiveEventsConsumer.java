package vn.dienbien.report.obligation;

import java.util.function.Consumer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dienbien.contracts.directive.AssignmentClosed;
import vn.dienbien.contracts.directive.DeadlineExtended;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.platform.inbox.EventHandlers;
import vn.dienbien.platform.inbox.EventInbox;

/**
 * Consumes directive-service's assignment events (binding {@code directiveEvents-in-0}): the one
 * place where the contract's assignment becomes the service's own {@link AssignedTask}, with its
 * enums mapped by name.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
public class DirectiveEventsConsumer {

  static final String GROUP = "report-service";

  @Bean
  Consumer<Message<byte[]>> directiveEvents(
      EventInbox inbox, ObligationLifecycle lifecycle, AssignmentExtensions extensions) {
    return inbox.consumer(
        GROUP,
        EventHandlers.builder()
            .on(TaskAssigned.class, e -> lifecycle.open(taskOf(e.data())))
            .on(DeadlineExtended.class, e -> extensions.extend(approvedOf(e.data())))
            .on(AssignmentClosed.class, e -> closed(lifecycle, e.data()))
            .build());
  }

  /** The assigned task as the planner reads it. */
  public static AssignedTask taskOf(TaskAssigned event) {
    return new AssignedTask(
        assignmentOf(event),
        event.dueDate(),
        event.cadence() == null ? null : Cadence.valueOf(event.cadence().name()),
        event.periodStart(),
        event.periodEnd(),
        event.assignedAt(),
        event.milestones().stream().map(DirectiveEventsConsumer::milestoneOf).toList());
  }

  private static Assignment assignmentOf(TaskAssigned event) {
    return new Assignment(
        event.assignmentId(),
        event.directiveId(),
        event.directiveNumber(),
        event.directiveTitle(),
        event.taskId(),
        event.taskCode(),
        event.taskContent(),
        event.unitId(),
        event.unitName(),
        event.monitoringUnitId(),
        event.deadlineKind() == null ? null : DeadlineKind.valueOf(event.deadlineKind().name()));
  }

  private static Milestone milestoneOf(TaskAssigned.Milestone m) {
    return new Milestone(
        m.key(),
        m.label(),
        m.dueDate(),
        m.windowOpensOn(),
        m.dateSource() == null ? null : DateSource.valueOf(m.dateSource().name()));
  }

  private static AssignmentExtensions.Approved approvedOf(DeadlineExtended event) {
    return new AssignmentExtensions.Approved(
        event.assignmentId(),
        event.extensionId(),
        event.previousDueDate(),
        event.newDueDate(),
        event.actorId());
  }

  private static void closed(ObligationLifecycle lifecycle, AssignmentClosed event) {
    lifecycle.close(event.assignmentId(), event.reason().name());
  }
}
