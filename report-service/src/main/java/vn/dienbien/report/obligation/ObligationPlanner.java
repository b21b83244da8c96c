package vn.dienbien.report.obligation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.directive.TaskAssigned.Cadence;

/**
 * Turns an assignment into its obligations: a fixed-date task owes one report on its date; an
 * ongoing task one per period of its cadence over the directive's period; an annual task one a
 * year. Periods whose cut-off came before the assignment are not owed.
 */
public final class ObligationPlanner {

  private final CalendarProperties calendar;
  private final Clock clock;

  public ObligationPlanner(CalendarProperties calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  public List<Obligation> plan(TaskAssigned task) {
    Assignment assignment = Assignment.of(task, calendar.monitoringUnitId());
    List<ReportingPeriod> periods = periods(task);
    List<Obligation> obligations = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      obligations.add(obligation(assignment, periods.get(i), i == periods.size() - 1));
    }
    return obligations;
  }

  /** The instant a report due on {@code dueDate} becomes late: the end of that day. */
  public static Instant dueAt(LocalDate dueDate, ZoneId zone) {
    return dueDate.plusDays(1).atStartOfDay(zone).toInstant();
  }

  private List<ReportingPeriod> periods(TaskAssigned task) {
    LocalDate assigned =
        task.assignedAt() != null
            ? task.assignedAt().atZoneSameInstant(clock.getZone()).toLocalDate()
            : LocalDate.now(clock);
    LocalDate start = task.periodStart() != null ? task.periodStart() : assigned;
    if (task.deadlineKind() == TaskAssigned.DeadlineKind.FIXED_DATE) {
      LocalDate due = task.dueDate() != null ? task.dueDate() : task.periodEnd();
      return List.of(ReportingCalendar.fixed(start, due));
    }
    CalendarProperties.DirectiveCalendar own = calendar.forDirective(task.directiveNumber());
    Cadence cadence = cadenceOf(task, own);
    LocalDate end =
        task.periodEnd() != null
            ? task.periodEnd()
            : start.plusYears(calendar.defaultPeriodYears());
    LocalDate from = start.isAfter(assigned) ? start : assigned;
    return new ReportingCalendar(own.cutOffDay(), own.dueDaysAfterCutOff(), own.windowOpensDay())
        .periods(cadence, from, end);
  }

  private Cadence cadenceOf(TaskAssigned task, CalendarProperties.DirectiveCalendar own) {
    if (task.deadlineKind() == TaskAssigned.DeadlineKind.ANNUAL) {
      return Cadence.YEARLY;
    }
    if (task.cadence() != null) {
      return task.cadence();
    }
    return own.cadence() != null ? own.cadence() : calendar.defaultCadence();
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
