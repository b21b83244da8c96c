package vn.dienbien.notification.intake;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dienbien.contracts.report.ExtensionDecided;
import vn.dienbien.contracts.report.ExtensionRequested;
import vn.dienbien.contracts.report.ReportDueSoon;
import vn.dienbien.contracts.report.ReportOverdue;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.contracts.report.ReportSubmitted;
import vn.dienbien.notification.intake.News.DueSoon;
import vn.dienbien.notification.intake.News.Extended;
import vn.dienbien.notification.intake.News.ExtensionDecision;
import vn.dienbien.notification.intake.News.ExtensionRequest;
import vn.dienbien.notification.intake.News.Overdue;
import vn.dienbien.notification.intake.News.Period;
import vn.dienbien.notification.intake.News.Reviewed;
import vn.dienbien.notification.intake.News.Source;
import vn.dienbien.notification.intake.News.Submitted;
import vn.dienbien.notification.intake.News.Task;
import vn.dienbien.notification.intake.News.Unit;
import vn.dienbien.notification.reminder.Notifier;
import vn.dienbien.platform.inbox.EventHandlers;
import vn.dienbien.platform.inbox.EventInbox;

/**
 * Reads report-events as consumer group notification-service: reminders, reports in and reviewed, a
 * period's extensions; each read into the service's {@link News} here. A report in or reviewed also
 * cancels the reminders still waiting for it.
 */
@Configuration(proxyBeanMethods = false)
class ReportEventsConsumer {

  static final String GROUP = DirectiveEventsConsumer.GROUP;

  @Bean
  Consumer<Message<byte[]>> reportEvents(EventInbox inbox, Notifier notifier) {
    return inbox.consumer(
        GROUP,
        EventHandlers.builder()
            .on(
                ReportDueSoon.class,
                e -> notifier.notify(Occurrences.dueSoon(Source.of(e), dueSoon(e.data()))))
            .on(
                ReportOverdue.class,
                e -> notifier.notify(Occurrences.overdue(Source.of(e), overdue(e.data()))))
            .on(ReportSubmitted.class, e -> onSubmitted(notifier, Source.of(e), e.data()))
            .on(ReportReviewed.class, e -> onReviewed(notifier, Source.of(e), e.data()))
            .on(
                ExtensionRequested.class,
                e ->
                    notifier.notify(
                        ExtensionOccurrences.requested(Source.of(e), request(e.data()))))
            .on(ExtensionDecided.class, e -> onExtensionDecided(notifier, Source.of(e), e.data()))
            .build());
  }

  private static void onSubmitted(Notifier notifier, Source source, ReportSubmitted e) {
    notifier.reportSubmitted(e.obligationId());
    Period period =
        new Period(
            new Unit(e.unitId(), e.unitName(), e.obligationId()),
            new Task(e.directiveId(), e.directiveNumber(), e.taskCode()),
            null,
            e.periodLabel(),
            e.dueDate());
    notifier.notify(
        Occurrences.submitted(
            source,
            new Submitted(period, e.submittedAt(), e.late(), e.daysLate(), e.progressPercent())));
  }

  private static void onReviewed(Notifier notifier, Source source, ReportReviewed e) {
    notifier.reportReviewed(e.obligationId());
    boolean returned = e.outcome() == ReportReviewed.Outcome.RETURNED;
    Period period =
        new Period(
            new Unit(e.unitId(), e.unitName(), e.obligationId()),
            new Task(e.directiveId(), e.directiveNumber(), e.taskCode()),
            null,
            e.periodLabel(),
            null);
    Reviewed reviewed =
        new Reviewed(period, returned, e.comment(), e.finalReport(), e.reviewedAt());
    if (returned) {
      notifier.reportReturned(e.obligationId());
      notifier.notify(Occurrences.returned(source, reviewed));
    } else {
      notifier.notify(Occurrences.accepted(source, reviewed));
    }
  }

  private static void onExtensionDecided(Notifier notifier, Source source, ExtensionDecided e) {
    if (e.decision() == ExtensionDecided.Decision.APPROVED) {
      notifier.dueDateMoved(e.obligationId(), e.dueDate());
    }
    // An assignment's extension is told from directive-service's own decision.
    if (e.scope() == ExtensionDecided.Scope.OBLIGATION) {
      notifier.notify(ExtensionOccurrences.decided(source, decision(e)));
    }
  }

  private static DueSoon dueSoon(ReportDueSoon e) {
    return new DueSoon(
        new Period(
            new Unit(e.unitId(), e.unitName(), e.obligationId()),
            new Task(e.directiveId(), e.directiveNumber(), e.taskCode()),
            e.taskContent(),
            e.periodLabel(),
            e.dueDate()),
        e.daysBefore());
  }

  private static Overdue overdue(ReportOverdue e) {
    return new Overdue(
        new Period(
            new Unit(e.unitId(), e.unitName(), e.obligationId()),
            new Task(e.directiveId(), e.directiveNumber(), e.taskCode()),
            e.taskContent(),
            e.periodLabel(),
            e.dueDate()),
        e.daysOverdue(),
        e.escalationStep());
  }

  private static ExtensionRequest request(ExtensionRequested e) {
    return new ExtensionRequest(
        new Extended(
            new Unit(e.unitId(), e.unitName(), e.obligationId()),
            new Task(e.directiveId(), e.directiveNumber(), e.taskCode()),
            false,
            e.periodLabel()),
        e.currentDueDate(),
        e.proposedDueDate(),
        e.reason(),
        e.requestedAt());
  }

  private static ExtensionDecision decision(ExtensionDecided e) {
    return new ExtensionDecision(
        new Extended(
            new Unit(e.unitId(), e.unitName(), e.obligationId()),
            new Task(e.directiveId(), e.directiveNumber(), e.taskCode()),
            false,
            e.periodLabel()),
        e.decision() == ExtensionDecided.Decision.APPROVED,
        e.previousDueDate(),
        e.proposedDueDate(),
        e.dueDate(),
        e.note(),
        e.decidedAt());
  }
}
