package vn.dienbien.testsupport.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TestClockTests {

  private String before;

  @BeforeEach
  void rememberProperty() {
    before = System.getProperty(TestClock.BASE_PROPERTY);
  }

  @AfterEach
  void restoreProperty() {
    if (before == null) {
      System.clearProperty(TestClock.BASE_PROPERTY);
    } else {
      System.setProperty(TestClock.BASE_PROPERTY, before);
    }
  }

  @Test
  void theBaseIsThePropertyOrTheDocumentedDefault() {
    System.clearProperty(TestClock.BASE_PROPERTY);
    assertThat(TestClock.base()).isEqualTo(TestClock.DEFAULT_BASE);
    System.setProperty(TestClock.BASE_PROPERTY, "");
    assertThat(TestClock.base()).isEqualTo(TestClock.DEFAULT_BASE);
    System.setProperty(TestClock.BASE_PROPERTY, " 2030-12-31 ");
    assertThat(TestClock.base()).isEqualTo(LocalDate.of(2030, 12, 31));
  }

  @Test
  void aBaseThatIsNoIsoDateIsRefusedNamingTheProperty() {
    System.setProperty(TestClock.BASE_PROPERTY, "31/12/2030");
    assertThatThrownBy(TestClock::base)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.clock.base")
        .hasMessageContaining("31/12/2030");
  }

  @Test
  void everyClockStartsAtNineOnTheBaseDateInDienBien() {
    System.setProperty(TestClock.BASE_PROPERTY, "2026-01-15");
    assertThat(TestClock.baseInstant()).isEqualTo("2026-01-15T02:00:00Z");
    assertThat(TestClock.fixedAtBase().instant()).isEqualTo("2026-01-15T02:00:00Z");
    TestClock clock = TestClock.startingAtBase();
    assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(clock.instant())
        .isBetween(TestClock.baseInstant(), TestClock.baseInstant().plusSeconds(60));
    assertThat(clock.getZone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
  }

  @Test
  void itKeepsTickingSoTimesAreDistinctAndIncreasing() throws Exception {
    TestClock clock = TestClock.startingAt(LocalDateTime.of(2028, 6, 30, 9, 0));
    var first = clock.instant();
    Thread.sleep(5);
    assertThat(clock.instant()).isAfter(first);
  }

  @Test
  void itMovesForwardAndBackAndResetsToItsStart() {
    TestClock clock = TestClock.startingAt(LocalDateTime.of(2028, 6, 30, 9, 0));
    clock.travelTo(LocalDateTime.of(2030, 11, 5, 9, 0));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2030, 11, 5));
    clock.travelTo(LocalDateTime.of(2025, 3, 1, 23, 30));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(clock.nextMorning()).isEqualTo(LocalDate.of(2025, 3, 2));
    assertThat(clock.instant())
        .isBetween(
            LocalDateTime.of(2025, 3, 2, 9, 0).atZone(TestClock.ZONE).toInstant(),
            LocalDateTime.of(2025, 3, 2, 9, 1).atZone(TestClock.ZONE).toInstant());
    clock.advance(Duration.ofDays(-2));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2025, 2, 28));
    clock.reset();
    assertThat(clock.today()).isEqualTo(LocalDate.of(2028, 6, 30));
  }

  @Test
  void inAnotherZoneItShowsTheSameMovingInstants() {
    TestClock clock = TestClock.startingAt(LocalDateTime.of(2027, 1, 1, 6, 0));
    var utc = clock.withZone(ZoneOffset.UTC);
    assertThat(LocalDate.now(utc)).isEqualTo(LocalDate.of(2026, 12, 31));
    clock.travelTo(LocalDateTime.of(2029, 5, 5, 12, 0));
    assertThat(LocalDate.now(utc)).isEqualTo(LocalDate.of(2029, 5, 5));
    assertThat(clock.withZone(TestClock.ZONE)).isSameAs(clock);
  }
}
