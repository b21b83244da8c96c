package vn.dienbien.localstack.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class StatsTests {

  @Test
  void percentilesAreNearestRankWhateverTheOrder() {
    List<Long> values = new ArrayList<>(LongStream.rangeClosed(1, 100).boxed().toList());
    Collections.shuffle(values);
    assertThat(Stats.percentile(values, 0.50)).isEqualTo(50);
    assertThat(Stats.percentile(values, 0.99)).isEqualTo(99);
    assertThat(Stats.percentile(values, 1.0)).isEqualTo(100);
    assertThat(Stats.percentile(List.of(7L, 3L, 900L), 0.99)).isEqualTo(900);
    assertThat(Stats.percentile(List.of(7L, 3L, 900L), 0.50)).isEqualTo(7);
    assertThat(Stats.percentile(List.of(42L), 0.01)).isEqualTo(42);
  }

  @Test
  void noValuesHaveAPercentileOfZeroAndABadQuantileIsRefused() {
    assertThat(Stats.percentile(List.of(), 0.99)).isZero();
    assertThatThrownBy(() -> Stats.percentile(List.of(1L), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stats.percentile(List.of(1L), 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ratesAndRatios() {
    assertThat(Stats.perSecond(500, 2_000_000_000L)).isEqualTo(250.0);
    assertThat(Stats.perSecond(500, 0)).isZero();
    assertThat(Stats.ratio(250, 5000)).isEqualTo(0.05);
    assertThat(Stats.ratio(250, 0)).as("no raw figure, no ratio").isZero();
    assertThat(Stats.millis(1_499_999)).isEqualTo(1);
    assertThat(Stats.millis(1_500_000)).isEqualTo(2);
  }
}
