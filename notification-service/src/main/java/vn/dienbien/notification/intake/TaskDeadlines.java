package vn.dienbien.notification.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.directive.TaskAssigned.Cadence;
import vn.dienbien.contracts.directive.TaskAssigned.DeadlineKind;

/**
 * The deadline line of a new task, as facts for the template: {@code deadline} is FIXED (with
 * {@code dueDate}), ONGOING (with how often it reports and, when the cadence is known, the first
 * period and its due date) or NONE when the event carries no date at all, so the text says so
 * instead of leaving the line empty.
 */
@Component
@EnableConfigurationProperties(TaskDeadlines.Calendar.class)
class TaskDeadlines {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final Calendar calendar;
  private final Clock clock;

  TaskDeadlines(Calendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  void describe(TaskAssigned task, Map<String, Object> facts) {
    DeadlineKind kind = task.deadlineKind();
    LocalDate fixed = task.dueDate() != null ? task.dueDate() : task.periodEnd();
    if (kind == DeadlineKind.FIXED_DATE || (kind == null && task.dueDate() != null)) {
      facts.put("deadline", fixed == null ? "NONE" : "FIXED");
      if (fixed != null) {
        facts.put("dueDate", fixed.format(DAY));
      }
      return;
    }
    if (kind == null) {
      facts.put("deadline", "NONE");
      return;
    }
    facts.put("deadline", "ONGOING");
    if (task.periodEnd() != null) {
      facts.put("periodTo", task.periodEnd().format(DAY));
    }
    Cadence cadence = kind == DeadlineKind.ANNUAL ? Cadence.YEARLY : task.cadence();
    if (cadence == null) {
      return;
    }
    facts.put("every", FirstReport.every(cadence));
    first(task, cadence)
        .ifPresent(first -> {
          facts.put("firstPeriod", first.period());
          facts.put("firstDueDate", first.dueDate().format(DAY));
        });
  }

  private Optional<FirstReport> first(TaskAssigned task, Cadence cadence) {
    LocalDate assigned =
        task.assignedAt() != null
            ? task.assignedAt().atZoneSameInstant(clock.getZone()).toLocalDate()
            : LocalDate.now(clock);
    LocalDate from =
        task.periodStart() != null && task.periodStart().isAfter(assigned)
            ? task.periodStart()
            : assigned;
    return FirstReport.of(
        cadence, from, task.periodEnd(), calendar.cutOffDay(), calendar.dueDaysAfterCutOff());
  }

  /**
   * {@code notification.reporting-calendar}: the reporting calendar report-service plans by ({@code
   * report.calendar.cut-off-day}, {@code due-days-after-cut-off}); keep them equal.
   */
  @ConfigurationProperties("notification.reporting-calendar")
  record Calendar(Integer cutOffDay, Integer dueDaysAfterCutOff) {

    Calendar {
      cutOffDay = cutOffDay == null ? 14 : cutOffDay;
      dueDaysAfterCutOff = dueDaysAfterCutOff == null ? 6 : dueDaysAfterCutOff;
    }
  }
}
