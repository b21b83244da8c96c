package vn.dienbien.report.progress;

import static vn.dienbien.report.progress.Column.Kind.COUNT;
import static vn.dienbien.report.progress.Column.Kind.DATE;
import static vn.dienbien.report.progress.Column.Kind.PERCENT;
import static vn.dienbien.report.progress.Column.Kind.TEXT;
import static vn.dienbien.report.progress.Column.Kind.WRAPPED;

import java.util.List;
import java.util.Map;

/** The columns of the progress exports: one list for the spreadsheet, the CSV and the Word file. */
final class ProgressColumns {

  static final List<Column<ProgressRow>> DETAIL =
      List.of(
          Column.of("Chỉ thị", TEXT, 11, ProgressRow::directiveNumber),
          Column.of("Nhiệm vụ", TEXT, 9, ProgressRow::taskCode),
          Column.of("Nội dung nhiệm vụ", WRAPPED, 40, ProgressRow::taskContent),
          Column.of("Đơn vị", WRAPPED, 26, ProgressRow::unitName),
          Column.of("Kỳ báo cáo", TEXT, 14, ProgressRow::periodLabel),
          Column.of("Hạn nộp", DATE, 11, ProgressRow::dueDate),
          Column.of("Trạng thái", TEXT, 15, ProgressRow::statusLabel),
          Column.of(
              "Số ngày quá hạn",
              COUNT,
              9,
              r -> r.status() == ProgressStatus.OVERDUE ? r.daysOverdue() : null),
          Column.of("Ngày nộp", DATE, 11, ProgressRow::submittedOn),
          Column.of(
              "Tiến độ (%)",
              PERCENT, 10, r -> r.progressPercent() == null ? null : r.progressPercent() / 100.0),
          Column.of("Kết quả", WRAPPED, 40, ProgressRow::results),
          Column.of("Khó khăn, vướng mắc", WRAPPED, 30, ProgressRow::difficulties),
          Column.of("Kiến nghị", WRAPPED, 30, ProgressRow::proposals),
          Column.of("Mã đơn vị", TEXT, 14, ProgressRow::unitId));

  /** A named tally: the whole set ("Toàn bộ") or one unit by its full name. */
  record NamedTally(String name, Tally tally) {}

  static final List<Column<NamedTally>> SUMMARY =
      List.of(
          Column.of("Đơn vị", WRAPPED, 36, NamedTally::name),
          Column.of("Tổng số", COUNT, 9, t -> t.tally().total()),
          count("Trong hạn", ProgressStatus.ON_TRACK),
          count("Sắp đến hạn", ProgressStatus.DUE_SOON),
          count("Quá hạn", ProgressStatus.OVERDUE),
          count("Đã nộp đúng hạn", ProgressStatus.DONE_ON_TIME),
          count("Đã nộp trễ hạn", ProgressStatus.DONE_LATE),
          Column.of(
              "Tỷ lệ đúng hạn (%)",
              PERCENT,
              11,
              t -> t.tally().onTimeRate() == null ? null : t.tally().onTimeRate() / 100.0));

  private ProgressColumns() {}

  /** "Toàn bộ" first, then every unit by name. */
  static List<NamedTally> summaryRows(Progress progress) {
    Map<String, String> names = progress.unitNames();
    var rows = new java.util.ArrayList<NamedTally>();
    rows.add(new NamedTally("Toàn bộ", progress.total()));
    progress
        .byUnit()
        .forEach(
            (unitId, tally) -> rows.add(new NamedTally(names.getOrDefault(unitId, unitId), tally)));
    return rows;
  }

  private static Column<NamedTally> count(String header, ProgressStatus status) {
    return Column.of(header, COUNT, 10, t -> t.tally().counts().get(status));
  }
}
