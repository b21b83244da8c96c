package vn.dienbien.localstack.soak;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The directives the burst issues, each to every commune (group XA-PHUONG), with three tasks whose
 * dates make the services do everything at once: task 1 is due in 20 days and gets reports, task 2
 * is due today (a due-soon SMS reminder), task 3 was due yesterday (an overdue reminder by SMS and
 * e-mail). Dates are Asia/Ho_Chi_Minh.
 */
public final class Directives {

  static final String COMMUNES = "XA-PHUONG";
  static final String REPORTED_TASK = "1";
  static final String DUE_SOON_TASK = "2";
  static final String OVERDUE_TASK = "3";

  private Directives() {}

  static String number(int n) {
    return (900 + n) + "-CT/TU";
  }

  /** Directive ids are the number in lower case with "/" as "-" (directive-service). */
  static String id(int n) {
    return idOf(number(n));
  }

  /** The id directive-service gives the directive numbered {@code number}. */
  public static String idOf(String number) {
    return number.toLowerCase().replace('/', '-');
  }

  static Map<String, Object> draft(int n, LocalDate today) {
    return draft(
        number(n),
        "Chỉ thị thử tải và chịu lỗi số " + n + " (soak, dữ liệu thử)",
        today,
        List.of(
            task(REPORTED_TASK, "Báo cáo kết quả triển khai (thử tải)", today.plusDays(20)),
            task(DUE_SOON_TASK, "Báo cáo sắp đến hạn (thử tải)", today),
            task(OVERDUE_TASK, "Báo cáo đã quá hạn (thử tải)", today.minusDays(1))));
  }

  /**
   * A test directive's draft as directive-service takes it: issued three days before {@code today}
   * by the Standing Committee, in force until the end of next year.
   */
  public static Map<String, Object> draft(
      String number, String title, LocalDate today, List<Map<String, Object>> tasks) {
    return Map.of(
        "number",
        number,
        "issuingBodyId",
        "BTV-TU",
        "issuedOn",
        today.minusDays(3).toString(),
        "title",
        title,
        "periodStartYear",
        today.minusDays(3).getYear(),
        "periodEndYear",
        today.getYear() + 1,
        "signer",
        "Dữ liệu thử",
        "tasks",
        tasks);
  }

  private static Map<String, Object> task(String code, String content, LocalDate due) {
    return Map.of(
        "code",
        code,
        "content",
        content,
        "leadGroupId",
        COMMUNES,
        "deadline",
        Map.of("kind", "FIXED_DATE", "dueDate", due.toString()));
  }
}
