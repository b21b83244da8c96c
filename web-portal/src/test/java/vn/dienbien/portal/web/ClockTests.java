package vn.dienbien.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The portal's "today" follows the services' clock settings (platform.clock.fixed/offset). */
class ClockTests {

  @Test
  void aPinnedClockIsThatDayInDienBienAndAnOffsetShiftsIt() {
    Instant pinned = Instant.parse("2030-12-30T18:30:00Z"); // 01:30 on 31/12/2030 in Điện Biên
    assertThat(LocalDate.now(WebConfiguration.clock(pinned, Duration.ZERO)))
        .isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(LocalDate.now(WebConfiguration.clock(pinned, Duration.ofDays(-365))))
        .isEqualTo(LocalDate.of(2029, 12, 31));
    assertThat(WebConfiguration.clock(null, Duration.ZERO).getZone()).isEqualTo(Formats.ZONE);
  }
}
