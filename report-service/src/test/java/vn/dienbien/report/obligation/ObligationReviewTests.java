package vn.dienbien.report.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dienbien.contracts.report.ReportDueSoon;
import vn.dienbien.contracts.report.ReportOverdue;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.report.Fixtures;
import vn.dienbien.testsupport.time.TestClock;

/**
 * Review, close and reminders decided by the obligation, without Spring: who may review, once, a
 * returned report says what to fix, an accepted fixed-date report is final; a closed obligation
 * takes nothing more; each reminder records its step and carries its own identity.
 */
class ObligationReviewTests {

  final Clock clock = TestClock.fixedAtBase();
  final LocalDate today = TestClock.base();
  final Review.Reviewer monitor = new Review.Reviewer("BTGDV-TU", "cb.btg");

  Obligation open() {
    return new ObligationPlanner(CalendarProperties.defaults(), clock)
        .plan(
            Fixtures.assigned(Fixtures.fixedDate("a-r", "XA-NA-HY", "Xã Na Hỳ", today.plusDays(5))))
        .getFirst();
  }

  Obligation.Submitted submitted(Obligation o) {
    return o.submit(
        new ReportContent(100, WorkStatus.COMPLETED, "Đã ban hành kế hoạch", null, null),
        List.of(),
        "cb.nahy",
        clock);
  }

  @Test
  void anAcceptedFixedDateReportIsFinalAndItsEventSaysSo() {
    Obligation.Submitted s = submitted(open());

    var reviewed =
        s.obligation()
            .review(
                s.report().id(),
                monitor,
                new Review.Verdict(Review.Outcome.ACCEPTED, "  Đạt  "),
                clock);

    assertThat(reviewed.obligation().state()).isEqualTo(ObligationState.ACCEPTED);
    assertThat(reviewed.finalReport()).isTrue();
    assertThat(reviewed.report().review().comment()).isEqualTo("Đạt");
    assertThat(reviewed.obligation().currentReport()).isEqualTo(reviewed.report());
    IdentifiedEvent event = (IdentifiedEvent) reviewed.events().getFirst();
    assertThat(event.identity()).isEqualTo("report:" + s.report().id() + ":reviewed");
    ReportReviewed data = (ReportReviewed) event.payload();
    assertThat(data.outcome()).isEqualTo(ReportReviewed.Outcome.ACCEPTED);
    assertThat(data.finalReport()).isTrue();
    assertThat(data.unitId()).isEqualTo("XA-NA-HY");
  }

  @Test
  void aReturnedReportNeedsACommentAndReopensTheObligation() {
    Obligation.Submitted s = submitted(open());
    String id = s.report().id();

    assertThatThrownBy(() ->
            s.obligation()
                .review(id, monitor, new Review.Verdict(Review.Outcome.RETURNED, " "), clock))
        .isInstanceOf(InvalidReview.class)
        .extracting(e -> ((InvalidReview) e).field())
        .isEqualTo("comment");
    var returned =
        s.obligation()
            .review(
                id, monitor, new Review.Verdict(Review.Outcome.RETURNED, "Bổ sung số liệu"), clock);
    assertThat(returned.obligation().state()).isEqualTo(ObligationState.RETURNED);
    assertThat(returned.finalReport()).isFalse();
    assertThat(returned.obligation().state().awaitingReport()).isTrue();
  }

  @Test
  void onlyTheMonitoringBodyReviewsAndOnlyOnce() {
    Obligation.Submitted s = submitted(open());
    String id = s.report().id();
    var accept = new Review.Verdict(Review.Outcome.ACCEPTED, null);

    assertThatThrownBy(
            () -> s.obligation().review(id, new Review.Reviewer("XA-NA-HY", "cb"), accept, clock))
        .isInstanceOf(ObligationForbidden.class)
        .hasMessageNotContaining("XA-NA-HY");
    Obligation accepted = s.obligation().review(id, monitor, accept, clock).obligation();
    assertThatThrownBy(() -> accepted.review(id, monitor, accept, clock))
        .isInstanceOf(ObligationConflict.class)
        .extracting(e -> ((ObligationConflict) e).code())
        .isEqualTo("report-already-reviewed");
    assertThatThrownBy(() -> open().review(id, monitor, accept, clock))
        .isInstanceOf(ObligationConflict.class);
  }

  @Test
  void closingEndsWhatIsOwedAndChangesNothingElse() {
    Obligation owed = open();
    var closed = owed.close().orElseThrow();
    assertThat(closed.obligation().state()).isEqualTo(ObligationState.CLOSED);
    assertThat(closed.events()).isEmpty();
    assertThat(closed.obligation().close()).isEmpty();
    Obligation.Submitted s = submitted(owed);
    assertThat(s.obligation().close()).isEmpty();
    assertThatThrownBy(() -> submitted(closed.obligation()))
        .isInstanceOf(ObligationConflict.class)
        .extracting(e -> ((ObligationConflict) e).code())
        .isEqualTo("obligation-closed");
  }

  @Test
  void eachReminderRecordsItsStepWithAnEventOfItsOwnIdentity() {
    Obligation owed = open();

    var overdue = owed.markOverdue(30, 31);
    var soon = owed.markDueSoon(3);

    assertThat(overdue.obligation().overdueStep()).isEqualTo(30);
    assertThat(overdue.obligation().dueSoonLead()).isEqualTo(owed.dueSoonLead());
    IdentifiedEvent late = (IdentifiedEvent) overdue.events().getFirst();
    assertThat(late.identity()).isEqualTo("obligation:" + owed.id() + ":overdue:30");
    assertThat((ReportOverdue) late.payload())
        .extracting(ReportOverdue::daysOverdue, ReportOverdue::escalationStep)
        .containsExactly(31, 30);
    assertThat(soon.obligation().dueSoonLead()).isEqualTo(3);
    assertThat(soon.obligation().overdueStep()).isEqualTo(owed.overdueStep());
    IdentifiedEvent early = (IdentifiedEvent) soon.events().getFirst();
    assertThat(early.identity()).isEqualTo("obligation:" + owed.id() + ":due-soon:3");
    assertThat(((ReportDueSoon) early.payload()).unitId()).isEqualTo("XA-NA-HY");
  }
}
