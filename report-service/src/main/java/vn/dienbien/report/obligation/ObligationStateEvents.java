package vn.dienbien.report.obligation;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dienbien.contracts.report.ObligationCurrentState;
import vn.dienbien.contracts.report.ObligationCurrentState.LatestReport;
import vn.dienbien.platform.outbox.StateTopic;

/**
 * Publishes every obligation's current state to the compacted topic {@code obligation-state} (key:
 * obligation id) with each change written through the outbox: codes, dates, states and the latest
 * report's timeliness and review, never a unit's name, a person or a report's text.
 */
@Configuration(proxyBeanMethods = false)
public class ObligationStateEvents {

  @Bean
  StateTopic<Obligation> obligationState(Clock clock) {
    ZoneId zone = clock.getZone();
    return StateTopic.of(Obligation.class, ObligationCurrentState.TYPE, o -> of(o, zone));
  }

  /** The state record of {@code o}; instants as date-times in {@code zone}. */
  public static ObligationCurrentState of(Obligation o, ZoneId zone) {
    Assignment a = o.assignment();
    Report r = o.currentReport();
    return new ObligationCurrentState(
        o.id(),
        a.assignmentId(),
        a.directiveId(),
        a.directiveNumber(),
        a.taskId(),
        a.taskCode(),
        a.unitId(),
        o.periodKey(),
        o.periodLabel(),
        o.periodStart(),
        o.opensOn(),
        o.originalDueDate(),
        o.dueDate(),
        at(o.dueAt(), zone),
        o.lastPeriod(),
        ObligationCurrentState.State.valueOf(o.state().name()),
        o.extensions(),
        o.revisions(),
        r == null ? null : latest(r, zone),
        o.version());
  }

  private static LatestReport latest(Report r, ZoneId zone) {
    Review review = r.review();
    return new LatestReport(
        r.revision(),
        at(r.submittedAt(), zone),
        r.late(),
        r.daysLate(),
        r.timeliness() == null
            ? null
            : ObligationCurrentState.Timeliness.valueOf(r.timeliness().name()),
        r.content().progressPercent(),
        ObligationCurrentState.WorkStatus.valueOf(r.content().status().name()),
        review == null
            ? null
            : ObligationCurrentState.ReviewOutcome.valueOf(review.outcome().name()),
        review == null ? null : at(review.reviewedAt(), zone));
  }

  private static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, zone);
  }
}
