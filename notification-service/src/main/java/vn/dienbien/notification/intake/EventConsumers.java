package vn.dienbien.notification.intake;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dienbien.contracts.directive.AssignmentExtensionDecided;
import vn.dienbien.contracts.directive.AssignmentExtensionRequested;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.contracts.modelregistry.CommendationAwarded;
import vn.dienbien.contracts.modelregistry.ModelRecognised;
import vn.dienbien.contracts.modelregistry.RecognitionRevoked;
import vn.dienbien.contracts.report.ExtensionDecided;
import vn.dienbien.contracts.report.ExtensionRequested;
import vn.dienbien.contracts.report.ReportDueSoon;
import vn.dienbien.contracts.report.ReportOverdue;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.contracts.report.ReportSubmitted;
import vn.dienbien.notification.reminder.Notifier;
import vn.dienbien.notification.unit.UnitDirectory;
import vn.dienbien.platform.inbox.EventHandlers;
import vn.dienbien.platform.inbox.EventInbox;

/**
 * The events that concern officials, one consumer per topic (group notification-service). The inbox
 * dedupes on the event id; the deliveries' ids dedupe again if a crash replays an event.
 */
@Configuration(proxyBeanMethods = false)
class EventConsumers {

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
                  notifier.notify(Occurrences.assigned(e, deadlines));
                })
            .on(
                UnitChanged.class,
                e -> units.heardOf(e.data().unitId(), e.data().name(), e.data().active()))
            .on(
                AssignmentExtensionRequested.class,
                e -> notifier.notify(ExtensionOccurrences.assignmentRequested(e)))
            .on(
                AssignmentExtensionDecided.class,
                e -> notifier.notify(ExtensionOccurrences.assignmentDecided(e)))
            .build());
  }

  @Bean
  Consumer<Message<byte[]>> reportEvents(EventInbox inbox, Notifier notifier) {
    return inbox.consumer(
        GROUP,
        EventHandlers.builder()
            .on(ReportDueSoon.class, e -> notifier.notify(Occurrences.dueSoon(e)))
            .on(ReportOverdue.class, e -> notifier.notify(Occurrences.overdue(e)))
            .on(
                ReportSubmitted.class,
                e -> {
                  notifier.reportSubmitted(e.data().obligationId());
                  notifier.notify(Occurrences.submitted(e));
                })
            .on(
                ReportReviewed.class,
                e -> {
                  notifier.reportReviewed(e.data().obligationId());
                  if (e.data().outcome() == ReportReviewed.Outcome.RETURNED) {
                    notifier.reportReturned(e.data().obligationId());
                    notifier.notify(Occurrences.returned(e));
                  } else {
                    notifier.notify(Occurrences.accepted(e));
                  }
                })
            .on(ExtensionRequested.class, e -> notifier.notify(ExtensionOccurrences.requested(e)))
            .on(
                ExtensionDecided.class,
                e -> {
                  ExtensionDecided decided = e.data();
                  if (decided.decision() == ExtensionDecided.Decision.APPROVED) {
                    notifier.dueDateMoved(decided.obligationId(), decided.dueDate());
                  }
                  // An assignment's extension is told from directive-service's own decision.
                  if (decided.scope() == ExtensionDecided.Scope.OBLIGATION) {
                    notifier.notify(ExtensionOccurrences.decided(e));
                  }
                })
            .build());
  }

  @Bean
  Consumer<Message<byte[]>> modelRegistryEvents(EventInbox inbox, Notifier notifier) {
    return inbox.consumer(
        GROUP,
        EventHandlers.builder()
            .on(ModelRecognised.class, e -> notifier.notify(Occurrences.recognised(e)))
            .on(CommendationAwarded.class, e -> notifier.notify(Occurrences.commended(e)))
            .on(RecognitionRevoked.class, e -> notifier.notify(Occurrences.revoked(e)))
            .build());
  }
}
