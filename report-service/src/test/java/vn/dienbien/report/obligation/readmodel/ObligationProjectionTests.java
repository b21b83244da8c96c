package vn.dienbien.report.obligation.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dienbien.report.obligation.ObligationState;

class ObligationProjectionTests {

  private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final ObligationProjection projection = new ObligationProjection(meters);

  @Test
  void anOlderOrEqualVersionNeverReplacesANewerOne() {
    assertThat(projection.put(row("o-1", "U", DUE, ObligationState.SUBMITTED, 2), "write"))
        .isTrue();

    assertThat(projection.put(row("o-1", "U", DUE, ObligationState.OPEN, 1), "topic")).isFalse();
    assertThat(projection.put(row("o-1", "U", DUE, ObligationState.OPEN, 2), "topic")).isFalse();

    assertThat(projection.row("o-1").orElseThrow().state()).isEqualTo(ObligationState.SUBMITTED);
    assertThat(projection.isNewer("o-1", 2)).isFalse();
    assertThat(projection.isNewer("o-1", 3)).isTrue();
    assertThat(projection.isNewer("o-2", 0)).isTrue();
  }

  @Test
  void aMovedDueDateLeavesTheOldDayAndKeepsTheStoreOrder() {
    projection.put(row("o-1", "U", DUE, ObligationState.OPEN, 0), "load");
    projection.put(row("o-2", "U", DUE, ObligationState.OPEN, 0), "load");

    projection.put(row("o-1", "U", DUE.plusDays(10), ObligationState.OPEN, 1), "write");

    assertThat(projection.dueBetween(DUE, DUE))
        .extracting(ObligationRow::id)
        .containsExactly("o-2");
    assertThat(projection.dueBetween(DUE, DUE.plusDays(10)))
        .extracting(ObligationRow::id)
        .containsExactly("o-1", "o-2");
    assertThat(projection.dueBetween(DUE.plusDays(1), DUE)).isEmpty();
    assertThat(projection.ofUnit("U")).extracting(ObligationRow::id).containsExactly("o-1", "o-2");
    assertThat(projection.ofDirective("d")).hasSize(2);
    assertThat(projection.ofUnit("V")).isEmpty();
  }

  @Test
  void countsWhatItHoldsAndEachUpdateBySource() {
    projection.put(row("o-1", "U", DUE, ObligationState.OPEN, 0), "load");
    projection.put(row("o-1", "U", DUE, ObligationState.OPEN, 1), "write");
    projection.put(row("o-1", "U", DUE, ObligationState.OPEN, 1), "topic");

    assertThat(meters.get("obligations.projected").gauge().value()).isEqualTo(1.0);
    assertThat(
            meters.get("obligations.projection.updates").tag("source", "write").counter().count())
        .isEqualTo(1.0);
    assertThat(meters.find("obligations.projection.updates").tag("source", "topic").counter())
        .isNull();
  }

  private static ObligationRow row(
      String id, String unit, LocalDate due, ObligationState state, int version) {
    return new ObligationRow(
        id,
        "d",
        "98-CT/TU",
        "Chỉ thị",
        "P.1",
        "Nhiệm vụ",
        unit,
        "Xã " + unit,
        "Kỳ",
        due,
        null,
        due,
        due.atTime(23, 59).toInstant(java.time.ZoneOffset.ofHours(7)),
        state,
        state == ObligationState.OPEN ? null : false,
        state == ObligationState.OPEN ? null : Instant.parse("2027-03-01T02:00:00Z"),
        null,
        null,
        null,
        null,
        false,
        version,
        0);
  }
}
