package vn.dienbien.report.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EscalationTests {

  static final Instant DUE = Instant.parse("2026-03-31T17:00:00Z");
  final Escalation escalation = new Escalation(List.of(7, 1), List.of(0, 1, 7, 30));

  @Test
  void firstFoundPastSeveralStepsEmitsOnlyTheHighest() {
    var decision = escalation.decide(DUE, -1, null, DUE.plus(Duration.ofDays(235)));
    assertThat(decision.alert()).isEqualTo(new Escalation.Alert(Escalation.Kind.OVERDUE, 30, 235));
    assertThat(decision.next()).isNull();
  }

  @Test
  void anEmittedStepIsNotEmittedAgainAndTheNextStepIsScheduled() {
    var decision = escalation.decide(DUE, 1, null, DUE.plus(Duration.ofDays(3)));
    assertThat(decision.alert()).isNull();
    assertThat(decision.next()).isEqualTo(DUE.plus(Duration.ofDays(7)));
  }

  @Test
  void stepZeroWhenTheDueTimePasses() {
    var decision = escalation.decide(DUE, -1, 1, DUE);
    assertThat(decision.alert()).isEqualTo(new Escalation.Alert(Escalation.Kind.OVERDUE, 0, 0));
    assertThat(decision.next()).isEqualTo(DUE.plus(Duration.ofDays(1)));
  }

  @Test
  void dueSoonGivesTheNearestLeadReachedOnce() {
    var threeDaysBefore = escalation.decide(DUE, -1, null, DUE.minus(Duration.ofDays(3)));
    assertThat(threeDaysBefore.alert())
        .isEqualTo(new Escalation.Alert(Escalation.Kind.DUE_SOON, 7, 0));
    assertThat(threeDaysBefore.next()).isEqualTo(DUE.minus(Duration.ofDays(1)));
    assertThat(escalation.decide(DUE, -1, 7, DUE.minus(Duration.ofDays(3))).alert()).isNull();
    assertThat(escalation.decide(DUE, -1, 7, DUE.minus(Duration.ofHours(5))).alert().value())
        .isEqualTo(1);
  }

  @Test
  void firstCheckpointIsTheLongestLeadBeforeDue() {
    assertThat(escalation.firstCheckpoint(DUE)).isEqualTo(DUE.minus(Duration.ofDays(7)));
  }
}
