package vn.dienbien.report.progress;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationNotFound;
import vn.dienbien.report.obligation.Report;

/**
 * Progress as {@link ProgressQueries} answered it before the projection, verbatim: from a scan of
 * the store, the rows and statuses derived from the stored obligations. The reference of {@code
 * ProjectionEqualityIntegrationTests}.
 */
public class StoreProgressQueries {

  private static final Duration DUE_SOON = Duration.ofDays(7);

  private final MongoTemplate mongo;
  private final Clock clock;

  public StoreProgressQueries(MongoTemplate mongo, Clock clock) {
    this.mongo = mongo;
    this.clock = clock;
  }

  /**
   * The progress of a directive's started reporting periods.
   *
   * @throws ObligationNotFound when no unit has an obligation of this directive at all
   */
  public Progress directive(String directiveId) {
    if (!mongo.exists(
        Query.query(where("assignment.directiveId").is(directiveId)), Obligation.class)) {
      throw new ObligationNotFound("nghĩa vụ báo cáo của chỉ thị", directiveId);
    }
    LocalDate today = LocalDate.now(clock);
    var found =
        mongo.find(
            Query.query(
                where("assignment.directiveId").is(directiveId).and("periodStart").lte(today)),
            Obligation.class);
    String title =
        found.isEmpty()
            ? directiveId
            : "Tiến độ thực hiện Chỉ thị " + found.getFirst().assignment().directiveNumber();
    return progress(title, found);
  }

  public Progress summary(LocalDate from, LocalDate to) {
    var found = mongo.find(Query.query(where("dueDate").gte(from).lte(to)), Obligation.class);
    return progress(
        "Tổng hợp tình hình báo cáo từ " + Formats.date(from) + " đến " + Formats.date(to), found);
  }

  private Progress progress(String title, List<Obligation> obligations) {
    Instant now = clock.instant();
    List<ProgressRow> rows =
        obligations.stream()
            .flatMap(o ->
                status(o, now, DUE_SOON).stream()
                    .map(s ->
                        row(
                            o,
                            s,
                            s == ProgressStatus.OVERDUE
                                ? Duration.between(o.dueAt(), now).toDays()
                                : 0,
                            clock.getZone())))
            .sorted(
                Comparator.comparing(ProgressRow::dueDate)
                    .thenComparing(ProgressRow::taskCode)
                    .thenComparing(ProgressRow::unitId))
            .toList();
    List<ProgressRow> overdue =
        rows.stream()
            .filter(r -> r.status() == ProgressStatus.OVERDUE)
            .sorted(Comparator.comparingLong(ProgressRow::daysOverdue).reversed())
            .toList();
    return new Progress(
        title,
        Tally.of(rows.stream().map(ProgressRow::status).toList()),
        tallyBy(rows, ProgressRow::taskCode),
        tallyBy(rows, ProgressRow::unitId),
        overdue,
        rows,
        LocalDate.ofInstant(now, clock.getZone()));
  }

  private static Map<String, Tally> tallyBy(
      List<ProgressRow> rows, java.util.function.Function<ProgressRow, String> key) {
    return rows.stream()
        .collect(
            Collectors.groupingBy(
                key,
                TreeMap::new,
                Collectors.collectingAndThen(
                    Collectors.toList(),
                    list -> Tally.of(list.stream().map(ProgressRow::status).toList()))));
  }

  private static Optional<ProgressStatus> status(
      Obligation o, Instant now, Duration dueSoonWindow) {
    Report report = o.currentReport();
    return switch (o.state()) {
      case CLOSED -> Optional.empty();
      case SUBMITTED, ACCEPTED ->
          Optional.of(report.late() ? ProgressStatus.DONE_LATE : ProgressStatus.DONE_ON_TIME);
      case OPEN, RETURNED ->
          Optional.of(
              !now.isBefore(o.dueAt())
                  ? ProgressStatus.OVERDUE
                  : !now.isBefore(o.dueAt().minus(dueSoonWindow))
                      ? ProgressStatus.DUE_SOON
                      : ProgressStatus.ON_TRACK);
    };
  }

  private static ProgressRow row(
      Obligation o, ProgressStatus status, long daysOverdue, java.time.ZoneId zone) {
    var a = o.assignment();
    Report r = o.currentReport();
    return new ProgressRow(
        o.id(),
        a.directiveNumber(),
        a.taskCode(),
        a.unitId(),
        a.unitName(),
        o.periodLabel(),
        o.dueDate(),
        status,
        status.label(),
        daysOverdue,
        r == null ? null : r.submittedAt().atZone(zone).toLocalDate(),
        r == null ? null : r.content().progressPercent(),
        r == null ? null : r.content().difficulties(),
        r == null ? null : r.content().proposals(),
        a.directiveTitle(),
        a.taskContent(),
        r == null ? null : r.content().results());
  }
}
