package vn.dienbien.notification.intake;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dienbien.contracts.directive.AssignmentExtensionDecided;
import vn.dienbien.contracts.directive.AssignmentExtensionRequested;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.notification.intake.News.Cadence;
import vn.dienbien.notification.intake.News.Deadline;
import vn.dienbien.notification.intake.News.DeadlineKind;
import vn.dienbien.notification.intake.News.Extended;
import vn.dienbien.notification.intake.News.ExtensionDecision;
import vn.dienbien.notification.intake.News.ExtensionRequest;
import vn.dienbien.notification.intake.News.NewTask;
import vn.dienbien.notification.intake.News.Source;
import vn.dienbien.notification.intake.News.Task;
import vn.dienbien.notification.intake.News.Unit;
import vn.dienbien.notification.reminder.Notifier;
import vn.dienbien.notification.unit.UnitDirectory;
import vn.dienbien.platform.inbox.EventHandlers;
import vn.dienbien.platform.inbox.EventInbox;

/**
 * Reads directive-events as consumer group notification-service (dedupe and DLQ by the platform
 * inbox; the deliveries' ids dedupe again if a crash replays an event): new tasks, the units' names
 * and an assignment's own extensions, each read into the service's {@link News} here.
 */
@Configuration(proxyBeanMethods = false)
class DirectiveEventsConsumer {

  static final String GROUP = "notification-service";

  @Bean
  Consumer<Message<byte[]>> directiveEvents(
      EventInbox inbox, Notifier notifier, UnitDirectory units, TaskDeadlines deadlines) {
    return inbox.consumer(
        GROUP,
        EventHandlers.builder()
            .on(
                TaskAssigned.class,
                e -> {
                  units.mentioned(e.data().unitId(), e.data().unitName());
                  notifier.notify(Occurrences.assigned(Source.of(e), newTask(e.data()), deadlines));
                })
            .on(
                UnitChanged.class,
                e -> units.heardOf(e.data().unitId(), e.data().name(), e.data().active()))
            .on(
                AssignmentExtensionRequested.class,
                e ->
                    notifier.notify(
                        ExtensionOccurrences.requested(Source.of(e), request(e.data()))))
            .on(
                AssignmentExtensionDecided.class,
                e ->
                    notifier.notify(ExtensionOccurrences.decided(Source.of(e), decision(e.data()))))
            .build());
  }

  private static NewTask newTask(TaskAssigned e) {
    return new NewTask(
        new Unit(e.unitId(), e.unitName(), null),
        new Task(e.directiveId(), e.directiveNumber(), e.taskCode()),
        e.directiveTitle(),
        e.taskContent(),
        e.expectedOutput(),
        e.role() == TaskAssigned.Role.LEAD,
        new Deadline(
            e.deadlineKind() == null ? null : DeadlineKind.valueOf(e.deadlineKind().name()),
            e.dueDate(),
            e.cadence() == null ? null : Cadence.valueOf(e.cadence().name()),
            e.periodStart(),
            e.periodEnd(),
            e.assignedAt()));
  }

  private static ExtensionRequest request(AssignmentExtensionRequested e) {
    return new ExtensionRequest(
        extended(e.unitId(), e.unitName(), e.directiveId(), e.directiveNumber(), e.taskCode()),
        e.currentDueDate(),
        e.proposedDueDate(),
        e.reason(),
        e.requestedAt());
  }

  private static ExtensionDecision decision(AssignmentExtensionDecided e) {
    return new ExtensionDecision(
        extended(e.unitId(), e.unitName(), e.directiveId(), e.directiveNumber(), e.taskCode()),
        e.decision() == AssignmentExtensionDecided.Decision.APPROVED,
        e.previousDueDate(),
        e.proposedDueDate(),
        e.dueDate(),
        e.note(),
        e.decidedAt());
  }

  /** A fixed-date assignment's own deadline: no obligation, no period. */
  private static Extended extended(
      String unitId, String unitName, String directiveId, String directiveNumber, String code) {
    return new Extended(
        new Unit(unitId, unitName, null), new Task(directiveId, directiveNumber, code), true, null);
  }
}
