package vn.dienbien.report.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The periodic summary to the Standing Board as a Word document: how the units reported on the
 * directives over a period, as of a day, with the tables by directive, by unit and the overdue
 * reports. Every figure is the {@link Progress} computed at that moment.
 */
public final class BoardReport {

  private static final DateTimeFormatter DATE_LINE =
      DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy");
  private static final List<String> OVERDUE_HEADERS =
      List.of("Chỉ thị", "Nhiệm vụ", "Đơn vị", "Kỳ báo cáo", "Hạn nộp", "Số ngày quá hạn");

  private final BoardReportProperties issuer;

  public BoardReport(BoardReportProperties issuer) {
    this.issuer = issuer;
  }

  public byte[] docx(Progress progress, LocalDate from, LocalDate to) {
    try (var doc = new PartyDocument()) {
      doc.header(
          issuer.parentBody(),
          issuer.issuingBody(),
          "Số        -" + issuer.numberSuffix(),
          issuer.place() + ", " + DATE_LINE.format(progress.asOf()));
      doc.title(
          "BÁO CÁO",
          "Tình hình thực hiện chế độ báo cáo định kỳ các chỉ thị của Ban Thường vụ Tỉnh ủy"
              + " từ ngày "
              + Formats.date(from)
              + " đến ngày "
              + Formats.date(to));
      doc.paragraph(overview(progress, from, to));
      doc.heading("1. Theo chỉ thị");
      doc.table(summaryHeaders("Chỉ thị"), tallies(byDirective(progress)));
      doc.heading("2. Theo cơ quan, đơn vị");
      doc.table(summaryHeaders("Cơ quan, đơn vị"), tallies(ProgressColumns.summaryRows(progress)));
      doc.heading("3. Báo cáo quá hạn chưa nộp (" + progress.overdue().size() + " báo cáo)");
      doc.table(OVERDUE_HEADERS, progress.overdue().stream().map(BoardReport::overdue).toList());
      doc.closing(issuer.signerTitle(), issuer.recipients());
      return doc.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String overview(Progress progress, LocalDate from, LocalDate to) {
    Tally t = progress.total();
    var c = t.counts();
    return ("Từ ngày %s đến ngày %s, các cơ quan, đơn vị có %s báo cáo định kỳ đến hạn theo các"
            + " chỉ thị của Ban Thường vụ Tỉnh ủy. Tính đến ngày %s: %s báo cáo đã nộp đúng hạn,"
            + " %s báo cáo nộp trễ hạn, %s báo cáo quá hạn chưa nộp, %s báo cáo sắp đến hạn và %s"
            + " báo cáo còn trong hạn; %s.")
        .formatted(
            Formats.date(from),
            Formats.date(to),
            count(t.total()),
            Formats.date(progress.asOf()),
            count(c.get(ProgressStatus.DONE_ON_TIME)),
            count(c.get(ProgressStatus.DONE_LATE)),
            count(c.get(ProgressStatus.OVERDUE)),
            count(c.get(ProgressStatus.DUE_SOON)),
            count(c.get(ProgressStatus.ON_TRACK)),
            t.onTimeRate() == null
                ? "chưa có báo cáo nào đến hạn để tính tỷ lệ nộp đúng hạn"
                : "tỷ lệ nộp đúng hạn đạt " + VietnameseNumbers.percent(t.onTimeRate() / 100));
  }

  private static List<ProgressColumns.NamedTally> byDirective(Progress progress) {
    Map<String, List<ProgressStatus>> statuses =
        progress.rows().stream()
            .collect(
                Collectors.groupingBy(
                    ProgressRow::directiveNumber,
                    TreeMap::new,
                    Collectors.mapping(ProgressRow::status, Collectors.toList())));
    List<ProgressColumns.NamedTally> rows = new ArrayList<>();
    rows.add(new ProgressColumns.NamedTally("Toàn bộ", progress.total()));
    statuses.forEach(
        (number, list) -> rows.add(new ProgressColumns.NamedTally(number, Tally.of(list))));
    return rows;
  }

  private static List<String> summaryHeaders(String first) {
    List<String> headers = new ArrayList<>();
    headers.add(first);
    ProgressColumns.SUMMARY.stream().skip(1).map(Column::header).forEach(headers::add);
    return headers;
  }

  private static List<List<String>> tallies(List<ProgressColumns.NamedTally> rows) {
    return rows.stream()
        .map(row ->
            ProgressColumns.SUMMARY.stream()
                .map(c -> VietnameseNumbers.text(c.kind(), c.value().apply(row)))
                .toList())
        .toList();
  }

  private static List<String> overdue(ProgressRow r) {
    return List.of(
        r.directiveNumber(),
        r.taskCode(),
        r.unitName(),
        r.periodLabel(),
        Formats.date(r.dueDate()),
        VietnameseNumbers.text(Column.Kind.COUNT, r.daysOverdue()));
  }

  private static String count(int n) {
    return VietnameseNumbers.text(Column.Kind.COUNT, n);
  }
}
