package vn.dienbien.notification.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dienbien.notification.intake.News.Cadence;

/** Periods named in words, and the first report of an ongoing task on the reporting calendar. */
class ReportingWordsTests {

  @Test
  void eachPeriodLabelOfReportServiceIsSaidInWords() {
    assertThat(PeriodWords.report("Quý IV/2026")).isEqualTo("báo cáo quý IV năm 2026");
    assertThat(PeriodWords.report("Tháng 3/2027")).isEqualTo("báo cáo tháng 3 năm 2027");
    assertThat(PeriodWords.report("6 tháng đầu năm 2028"))
        .isEqualTo("báo cáo 6 tháng đầu năm 2028");
    assertThat(PeriodWords.report("Năm 2029")).isEqualTo("báo cáo năm 2029");
    assertThat(PeriodWords.report("Hạn 31/03/2026"))
        .isEqualTo("báo cáo kết quả thực hiện nhiệm vụ");
    assertThat(PeriodWords.report("6 tháng cuối năm 2026"))
        .as("stored before 6 tháng, năm meant a whole year")
        .isEqualTo("báo cáo 6 tháng cuối năm 2026");
    assertThat(PeriodWords.report("Đợt 2")).isEqualTo("báo cáo kỳ Đợt 2");
    assertThat(PeriodWords.report(null)).isEqualTo("báo cáo");
  }

  @Test
  void aMilestoneIsNamedByItsProductAndAnSmsLeavesOutTheProvinceDefaultNote() {
    String review =
        "Báo cáo sơ kết giữa kỳ thực hiện Chỉ thị 11-CT/TU (mốc do Tỉnh ủy quyết định; tạm lấy mặc định)";
    assertThat(PeriodWords.report(review))
        .isEqualTo(
            "báo cáo sơ kết giữa kỳ thực hiện Chỉ thị 11-CT/TU (mốc do Tỉnh ủy quyết định; tạm lấy mặc định)");
    assertThat(PeriodWords.shortReport(review))
        .isEqualTo("báo cáo sơ kết giữa kỳ thực hiện Chỉ thị 11-CT/TU");
    assertThat(
            PeriodWords.report(
                "Văn bản hướng dẫn đăng ký, xét công nhận mô hình \"Dân vận khéo\" năm 2027"))
        .isEqualTo("văn bản hướng dẫn đăng ký, xét công nhận mô hình \"Dân vận khéo\" năm 2027");
  }

  @Test
  void aSixMonthAndYearTaskOwesTheWholeYearAfterItsFirstHalf() {
    assertThat(FirstReport.of(Cadence.HALF_YEARLY, LocalDate.of(2027, 6, 15), null, 14, 6))
        .contains(new FirstReport("năm 2027", LocalDate.of(2027, 12, 20)));
    assertThat(FirstReport.of(Cadence.HALF_YEARLY, LocalDate.of(2027, 12, 15), null, 14, 6))
        .contains(new FirstReport("6 tháng đầu năm 2028", LocalDate.of(2028, 6, 20)));
    assertThat(FirstReport.every(Cadence.HALF_YEARLY)).isEqualTo("6 tháng, năm");
  }

  @Test
  void theFirstReportIsThatOfThePeriodWhoseCutOffIsNotYetPast() {
    assertThat(FirstReport.of(Cadence.QUARTERLY, LocalDate.of(2026, 12, 14), null, 14, 6))
        .contains(new FirstReport("quý IV năm 2026", LocalDate.of(2026, 12, 20)));
    assertThat(FirstReport.of(Cadence.QUARTERLY, LocalDate.of(2026, 12, 15), null, 14, 6))
        .contains(new FirstReport("quý I năm 2027", LocalDate.of(2027, 3, 20)));
    assertThat(FirstReport.of(Cadence.HALF_YEARLY, LocalDate.of(2027, 2, 1), null, 14, 6))
        .contains(new FirstReport("6 tháng đầu năm 2027", LocalDate.of(2027, 6, 20)));
    assertThat(FirstReport.of(Cadence.YEARLY, LocalDate.of(2027, 12, 20), null, 14, 6))
        .contains(new FirstReport("năm 2028", LocalDate.of(2028, 12, 20)));
    assertThat(FirstReport.of(Cadence.MONTHLY, LocalDate.of(2027, 2, 10), null, 31, 6))
        .as("a cut-off past the month's end falls on its last day")
        .contains(new FirstReport("tháng 2 năm 2027", LocalDate.of(2027, 3, 6)));
  }

  @Test
  void aTaskWhosePeriodEndsBeforeTheNextCutOffOwesNoPeriodicReport() {
    assertThat(
            FirstReport.of(
                Cadence.QUARTERLY, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 6, 1), 14, 6))
        .isEmpty();
  }
}
