package vn.dienbien.localstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrainCurveTests {

  private static final long MS = 1_000_000;

  @Test
  void theSteadyPartStartsAtTheFirstSampleTheRelayHadPublishedFrom() {
    DrainCurve curve = new DrainCurve();
    curve.add(0, 10_000); // lease given back
    curve.add(50 * MS, 10_000); // takeover: the relay has not published yet
    curve.add(400 * MS, 8_000);
    curve.add(450 * MS, 6_000);
    curve.add(800 * MS, 0);

    assertThat(curve.drained()).isTrue();
    Backlogs.Drain steady = curve.steady("report-service");
    assertThat(steady.backlog()).isEqualTo(8_000);
    assertThat(steady.nanos()).isEqualTo(400 * MS);
    assertThat(steady.perSecond()).isEqualTo(20_000.0);
    Backlogs.Drain whole = curve.whole("report-service");
    assertThat(whole.backlog()).isEqualTo(10_000);
    assertThat(whole.nanos()).isEqualTo(800 * MS);
    assertThat(whole.perSecond()).isEqualTo(12_500.0);
  }

  @Test
  void aDrainFasterThanTheSamplesIsTheWholeDrain() {
    DrainCurve curve = new DrainCurve();
    curve.add(0, 1_500);
    curve.add(50 * MS, 1_500);
    curve.add(100 * MS, 0);

    Backlogs.Drain steady = curve.steady("report-service");
    assertThat(steady.backlog()).isEqualTo(1_500);
    assertThat(steady.nanos()).isEqualTo(100 * MS);
  }

  @Test
  void aDrainNotFinishedEndsAtTheLastSample() {
    DrainCurve curve = new DrainCurve();
    curve.add(0, 1_000);
    curve.add(100 * MS, 900);

    assertThat(curve.drained()).isFalse();
    assertThat(curve.steady("s").nanos()).isZero();
    assertThat(curve.whole("s").nanos()).isEqualTo(100 * MS);
  }
}
