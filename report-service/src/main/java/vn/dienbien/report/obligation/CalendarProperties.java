package vn.dienbien.report.obligation;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.dienbien.contracts.directive.TaskAssigned.Cadence;

/**
 * The reporting calendar ({@code report.calendar.*}). Defaults follow Decree 09/2019/NĐ-CP: data
 * cut-off on the 14th of the period's last month; the report is due {@code dueDaysAfterCutOff} days
 * later (our choice: 6, i.e. the 20th). A period's reporting window opens on {@code windowOpensDay}
 * of its last month (our choice: the 1st, two weeks before the cut-off), never after the cut-off.
 * {@code directives} overrides them per directive number, e.g. {@code
 * report.calendar.directives.[11-CT/TU].cadence=QUARTERLY}.
 */
@ConfigurationProperties("report.calendar")
public record CalendarProperties(
    @DefaultValue("14") int cutOffDay,
    @DefaultValue("6") int dueDaysAfterCutOff,
    @DefaultValue("1") int windowOpensDay,
    @DefaultValue("HALF_YEARLY") Cadence defaultCadence,
    @DefaultValue("BTGDV-TU") String monitoringUnitId,
    @DefaultValue("5") int defaultPeriodYears,
    Map<String, DirectiveCalendar> directives) {

  /** A directive's own calendar; null fields fall back to the defaults. */
  public record DirectiveCalendar(
      Integer cutOffDay, Integer dueDaysAfterCutOff, Integer windowOpensDay, Cadence cadence) {}

  public static CalendarProperties defaults() {
    return new CalendarProperties(14, 6, 1, Cadence.HALF_YEARLY, "BTGDV-TU", 5, Map.of());
  }

  DirectiveCalendar forDirective(String directiveNumber) {
    DirectiveCalendar own = directives == null ? null : directives.get(directiveNumber);
    if (own == null) {
      return new DirectiveCalendar(cutOffDay, dueDaysAfterCutOff, windowOpensDay, null);
    }
    return new DirectiveCalendar(
        own.cutOffDay() != null ? own.cutOffDay() : cutOffDay,
        own.dueDaysAfterCutOff() != null ? own.dueDaysAfterCutOff() : dueDaysAfterCutOff,
        own.windowOpensDay() != null ? own.windowOpensDay() : windowOpensDay,
        own.cadence());
  }
}
