package vn.dienbien.report.obligation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reporting calendar ({@code report.calendar.*}); report-service/README.md, "Reporting
 * calendar", gives each default and where it comes from. Defaults follow Decree 09/2019/NĐ-CP (a
 * default for state bodies, not a Party rule): data cut-off on the 14th of the period's last month;
 * the report is due {@code dueDaysAfterCutOff} days later (our choice: 6, the 20th); the window
 * opens on {@code windowOpensDay} of the last month (our choice: the 1st). {@code periods}
 * overrides them per kind of period ({@code
 * report.calendar.periods.[YEAR].due-days-after-cut-off}); {@code directives} per directive number
 * ({@code report.calendar.directives.[11-CT/TU].cadence=QUARTERLY}), with its own {@code periods}.
 * A setting is taken from the directive's kind, the directive, the kind, then the default.
 */
@ConfigurationProperties("report.calendar")
public record CalendarProperties(
    @DefaultValue("14") int cutOffDay,
    @DefaultValue("6") int dueDaysAfterCutOff,
    @DefaultValue("1") int windowOpensDay,
    @DefaultValue("HALF_YEARLY") Cadence defaultCadence,
    @DefaultValue("BTGDV-TU") String monitoringUnitId,
    @DefaultValue("5") int defaultPeriodYears,
    Map<PeriodKind, PeriodRule> periods,
    Map<String, DirectiveCalendar> directives) {

  /** Settings of one kind of period; null fields fall back. */
  public record PeriodRule(Integer cutOffDay, Integer dueDaysAfterCutOff, Integer windowOpensDay) {}

  /** A directive's own calendar; null fields fall back to the defaults. */
  public record DirectiveCalendar(
      Integer cutOffDay,
      Integer dueDaysAfterCutOff,
      Integer windowOpensDay,
      Cadence cadence,
      Map<PeriodKind, PeriodRule> periods) {

    PeriodRule asRule() {
      return new PeriodRule(cutOffDay, dueDaysAfterCutOff, windowOpensDay);
    }
  }

  public CalendarProperties {
    periods = periods == null ? Map.of() : Map.copyOf(periods);
    directives = directives == null ? Map.of() : Map.copyOf(directives);
  }

  public static CalendarProperties defaults() {
    return new CalendarProperties(14, 6, 1, Cadence.HALF_YEARLY, "BTGDV-TU", 5, Map.of(), Map.of());
  }

  /** The cadence of an ongoing task that names none: the directive's, else the default. */
  Cadence cadenceFor(String directiveNumber) {
    DirectiveCalendar own = directives.get(directiveNumber);
    return own != null && own.cadence() != null ? own.cadence() : defaultCadence;
  }

  /** The calendar of {@code directiveNumber}, each setting resolved per kind of period. */
  ReportingCalendar calendarFor(String directiveNumber) {
    DirectiveCalendar own = directives.get(directiveNumber);
    return new ReportingCalendar(kind -> rule(own, kind));
  }

  private ReportingCalendar.Rule rule(DirectiveCalendar own, PeriodKind kind) {
    List<PeriodRule> layers =
        Stream.of(
                own == null || own.periods() == null ? null : own.periods().get(kind),
                own == null ? null : own.asRule(),
                periods.get(kind))
            .filter(Objects::nonNull)
            .toList();
    return new ReportingCalendar.Rule(
        pick(layers, PeriodRule::cutOffDay, cutOffDay),
        pick(layers, PeriodRule::dueDaysAfterCutOff, dueDaysAfterCutOff),
        pick(layers, PeriodRule::windowOpensDay, windowOpensDay));
  }

  private static int pick(
      List<PeriodRule> layers, Function<PeriodRule, Integer> setting, int fallback) {
    return layers.stream().map(setting).filter(Objects::nonNull).findFirst().orElse(fallback);
  }
}
