package vn.dienbien.notification.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.intake.News.Cadence;
import vn.dienbien.notification.intake.News.Deadline;
import vn.dienbien.notification.intake.News.DeadlineKind;

/**
 * The deadline line of a new task, as facts for the template: {@code deadline} is FIXED (with
 * {@code dueDate}), ONGOING (with how often it reports and, when the cadence is known, the first
 * period and its due date) or NONE when the event carries no date at all, so the text says so
 * instead of leaving the line empty.
 */
@Component
@EnableConfigurationProperties(TaskDeadlines.Calendar.class)
class TaskDeadlines {

  private final Calendar calendar;
  private final Clock clock;

  TaskDeadlines(Calendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  void describe(Deadline deadline, Map<String, Object> facts) {
    DeadlineKind kind = deadline.kind();
    LocalDate fixed = deadline.dueDate() != null ? deadline.dueDate() : deadline.periodEnd();
    if (kind == DeadlineKind.FIXED_DATE || (kind == null && deadline.dueDate() != null)) {
      facts.put("deadline", fixed == null ? "NONE" : "FIXED");
      if (fixed != null) {
        facts.put("dueDate", Occurrences.day(fixed));
      }
      return;
    }
    if (kind == null) {
      facts.put("deadline", "NONE");
      return;
    }
    facts.put("deadline", "ONGOING");
    if (deadline.periodEnd() != null) {
      facts.put("periodTo", Occurrences.day(deadline.periodEnd()));
    }
    Cadence cadence = kind == DeadlineKind.ANNUAL ? Cadence.YEARLY : deadline.cadence();
    if (cadence == null) {
      return;
    }
    facts.put("every", FirstReport.every(cadence));
    first(deadline, cadence)
        .ifPresent(first -> {
          facts.put("firstPeriod", first.period());
          facts.put("firstDueDate", Occurrences.day(first.dueDate()));
        });
  }

  private Optional<FirstReport> first(Deadline deadline, Cadence cadence) {
    LocalDate assigned =
        deadline.assignedAt() != null
            ? deadline.assignedAt().atZoneSameInstant(clock.getZone()).toLocalDate()
            : LocalDate.now(clock);
    LocalDate from =
        deadline.periodStart() != null && deadline.periodStart().isAfter(assigned)
            ? deadline.periodStart()
            : assigned;
    return FirstReport.of(
        cadence, from, deadline.periodEnd(), calendar.cutOffDay(), calendar.dueDaysAfterCutOff());
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
