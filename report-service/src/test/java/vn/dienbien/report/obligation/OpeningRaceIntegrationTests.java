package vn.dienbien.report.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.report.Fixtures;
import vn.dienbien.report.detection.DueSweep;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.time.TestClock;

/**
 * The due sweep of another instance runs while an obligation is being opened (found by the soak:
 * one overdue reminder of 90 never went out). Each watch is followed at once by a sweep, the worst
 * interleaving; the obligation must still get its reminder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpeningRaceIntegrationTests extends IntegrationTestBase {

  @Autowired MongoTemplate mongo;
  @Autowired AssignmentLedger ledger;
  @Autowired Obligations obligations;
  @Autowired DueDates dueDates;
  @Autowired DueSweep sweep;
  @Autowired MeterRegistry meters;
  @Autowired TestClock clock;

  @AfterEach
  void backToBase() {
    clock.reset();
  }

  @Test
  void aSweepBetweenTheWritesOfAnOpeningDoesNotLoseTheReminder() {
    DueDates sweptRightAfterEachWatch =
        (obligationId, dueAt) -> {
          dueDates.watch(obligationId, dueAt);
          sweep.sweep();
        };
    var lifecycle =
        new ObligationLifecycle(
            ledger,
            obligations,
            sweptRightAfterEachWatch,
            CalendarProperties.defaults(),
            meters,
            clock);
    String assignment = "a-" + UUID.randomUUID();
    // The fixture's task is due 31/03/2026; 45 days later the highest overdue step (30) is owed,
    // whatever the base date of the run.
    clock.travelTo(LocalDate.of(2026, 5, 15).atTime(TestClock.START_TIME));

    lifecycle.open(
        Fixtures.assigned(Fixtures.task117a(assignment, "XA-MUONG-TOONG", "Xã Mường Toong")));
    sweep.sweep();

    // Due 31/03/2026 and 45 days late: the highest overdue step is owed.
    Obligation opened = mongo.findById(Obligation.idOf(assignment, "FIXED"), Obligation.class);
    assertThat(opened.overdueStep()).isEqualTo(30);
  }
}
