package vn.dienbien.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dienbien.portal.web.Labels;

/** How the portal names a cadence and the halves of the board's trend ("6 tháng, năm"). */
class PeriodLabelsTests {

  @Test
  void aSixMonthAndYearCadenceIsNamedSoAndTheTrendsHalvesAreNamedByTheirMonths() {
    Labels labels = new Labels();
    assertThat(labels.of("cadence", "HALF_YEARLY")).isEqualTo("6 tháng, năm");
    assertThat(labels.of("cadence", "YEARLY")).isEqualTo("Hằng năm");
    assertThat(DashboardController.dueHalfLabel(2026, 1)).isEqualTo("Hạn nộp tháng 1–6/2026");
    assertThat(DashboardController.dueHalfLabel(2026, 2))
        .isEqualTo("Hạn nộp tháng 7–12/2026")
        .doesNotContain("cuối năm");
  }
}
