package vn.dienbien.notification.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as a reader says it, from the label report-service gives it: "Quý IV/2026" is
 * "báo cáo quý IV năm 2026", "Tháng 10/2026" is "báo cáo tháng 10 năm 2026", and the single period
 * of a fixed-date task ("Hạn 31/03/2026") is the report on the task's results, its date being said
 * on its own line. A second half-year ("6 tháng cuối năm 2026") is only on obligations stored
 * before "6 tháng, năm" meant a whole-year report ("Năm 2026"). A milestone's label names its
 * product ("Báo cáo sơ kết giữa kỳ…", "Văn bản hướng dẫn…"), said as it is, lower case; an SMS
 * leaves out the note that the province has yet to set its date.
 */
final class PeriodWords {

  private static final Pattern QUARTER = Pattern.compile("Quý ([IV]+)/(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("Tháng (\\d{1,2})/(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("Năm (\\d{4})");
  private static final Pattern HALF = Pattern.compile("6 tháng (đầu|cuối) năm (\\d{4})");
  private static final Pattern FIXED = Pattern.compile("Hạn \\d{2}/\\d{2}/\\d{4}");
  private static final Pattern PRODUCT = Pattern.compile("(Báo cáo|Văn bản|Kế hoạch) .+");
  private static final String PROVINCE_DEFAULT_NOTE =
      " (mốc do Tỉnh ủy quyết định; tạm lấy mặc định)";

  private PeriodWords() {}

  /** The report's name, lower case, to follow a verb: "chưa gửi báo cáo quý IV năm 2026". */
  static String report(String label) {
    if (label == null || label.isBlank()) {
      return "báo cáo";
    }
    String period = label.strip();
    Matcher m;
    if ((m = QUARTER.matcher(period)).matches()) {
      return "báo cáo quý " + m.group(1) + " năm " + m.group(2);
    }
    if ((m = MONTH.matcher(period)).matches()) {
      return "báo cáo tháng " + m.group(1) + " năm " + m.group(2);
    }
    if ((m = YEAR.matcher(period)).matches()) {
      return "báo cáo năm " + m.group(1);
    }
    if ((m = HALF.matcher(period)).matches()) {
      return "báo cáo 6 tháng " + m.group(1) + " năm " + m.group(2);
    }
    if (FIXED.matcher(period).matches()) {
      return "báo cáo kết quả thực hiện nhiệm vụ";
    }
    if (PRODUCT.matcher(period).matches()) {
      return Character.toLowerCase(period.charAt(0)) + period.substring(1);
    }
    return "báo cáo kỳ " + period;
  }

  /**
   * The same, short enough for a one-segment SMS that names the task beside it: a fixed-date task's
   * report is "báo cáo kết quả" (of the task the SMS names), the others as {@link #report}.
   */
  static String shortReport(String label) {
    if (label != null && FIXED.matcher(label.strip()).matches()) {
      return "báo cáo kết quả";
    }
    return label == null ? report(null) : report(label.replace(PROVINCE_DEFAULT_NOTE, ""));
  }
}
