package vn.dienbien.report.obligation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns an assignment into its obligations: a fixed-date task owes one report on its date; an
 * ongoing task one per period of its cadence over the directive's period ("6 tháng, năm": the first
 * half-year and the whole year); an annual task one a year; and each milestone (sơ kết, tổng kết)
 * one on its own date. Periods whose cut-off, and milestones whose date, came before the assignment
 * are not owed. The last period is the last periodic one; a milestone never is.
 */
public final class ObligationPlanner {

  private final CalendarProperties calendar;
  private final Clock clock;

  public ObligationPlanner(CalendarProperties calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  public List<Obligation> plan(AssignedTask task) {
    Assignment assignment = task.assignment().monitoredByDefault(calendar.monitoringUnitId());
    List<ReportingPeriod> periods = periods(task);
    List<Obligation> obligations = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      obligations.add(obligation(assignment, periods.get(i), i == periods.size() - 1));
    }
    milestones(task).forEach(m -> obligations.add(obligation(assignment, m, false)));
    return obligations;
  }

  /**
   * What of {@code planned} to open beside the obligations already stored for the assignment: a
   * year whose second report was stored as a second half-year ({@code <year>-H2}, planned before "6
   * tháng, năm" meant a whole-year report) keeps it, and gets no whole-year report beside it.
   */
  public static List<Obligation> besideStored(List<Obligation> planned, List<String> storedIds) {
    Set<String> stored = Set.copyOf(storedIds);
    return planned.stream()
        .filter(o ->
            !(o.periodKey().endsWith("-Y")
                && stored.contains(
                    Obligation.idOf(o.assignment().assignmentId(), yearOf(o) + "-H2"))))
        .toList();
  }

  private static String yearOf(Obligation o) {
    return o.periodKey().substring(0, o.periodKey().length() - 2);
  }

  /** The instant a report due on {@code dueDate} becomes late: the end of that day. */
  public static Instant dueAt(LocalDate dueDate, ZoneId zone) {
    return dueDate.plusDays(1).atStartOfDay(zone).toInstant();
  }

  private List<ReportingPeriod> milestones(AssignedTask task) {
    LocalDate assigned = assignedOn(task);
    LocalDate start = task.periodStart() != null ? task.periodStart() : assigned;
    LocalDate opens = start.isAfter(assigned) ? start : assigned;
    return task.milestones().stream()
        .filter(m -> m.dueDate() != null && !m.dueDate().isBefore(assigned))
        .map(m -> ReportingCalendar.milestone(m, opens))
        .toList();
  }

  private LocalDate assignedOn(AssignedTask task) {
    return task.assignedAt() != null
        ? task.assignedAt().atZoneSameInstant(clock.getZone()).toLocalDate()
        : LocalDate.now(clock);
  }

  private List<ReportingPeriod> periods(AssignedTask task) {
    LocalDate assigned = assignedOn(task);
    LocalDate start = task.periodStart() != null ? task.periodStart() : assigned;
    if (task.deadlineKind() == DeadlineKind.FIXED_DATE) {
      LocalDate due = task.dueDate() != null ? task.dueDate() : task.periodEnd();
      return List.of(ReportingCalendar.fixed(start, due));
    }
    Cadence cadence = cadenceOf(task);
    LocalDate end =
        task.periodEnd() != null
            ? task.periodEnd()
            : start.plusYears(calendar.defaultPeriodYears());
    LocalDate from = start.isAfter(assigned) ? start : assigned;
    return calendar.calendarFor(task.directiveNumber()).periods(cadence, from, end);
  }

  private Cadence cadenceOf(AssignedTask task) {
    if (task.deadlineKind() == DeadlineKind.ANNUAL) {
      return Cadence.YEARLY;
    }
    if (task.cadence() != null) {
      return task.cadence();
    }
    return calendar.cadenceFor(task.directiveNumber());
  }

  private Obligation obligation(Assignment assignment, ReportingPeriod period, boolean last) {
    return new Obligation(
        Obligation.idOf(assignment.assignmentId(), period.key()),
        assignment,
        period.key(),
        period.label(),
        period.start(),
        period.cutOff(),
        period.windowOpensOn(),
        period.dueDate(),
        period.dueDate(),
        dueAt(period.dueDate(), clock.getZone()),
        last,
        ObligationState.OPEN,
        0,
        Obligation.NO_STEP,
        null,
        List.of(),
        clock.instant(),
        0,
        Obligation.revKeyOf(Obligation.idOf(assignment.assignmentId(), period.key()), 0),
        List.of());
  }
}
