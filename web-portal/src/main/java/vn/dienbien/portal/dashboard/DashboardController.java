package vn.dienbien.portal.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.api.Panels;
import vn.dienbien.portal.directive.Directive;
import vn.dienbien.portal.registry.YearlyRow;
import vn.dienbien.portal.report.Progress;
import vn.dienbien.portal.web.Charts;
import vn.dienbien.portal.web.Paths;

/**
 * Leaders' and analysts' read-only overview: completion and on-time rates per directive, the trend
 * over half-year periods, and "Dân vận khéo" models by level, field and year. Every figure is
 * report-service's or model-registry's, read now.
 */
@Controller
class DashboardController {

  /** A half-year period and its summary. */
  public record Half(String label, LocalDate from, LocalDate to, Panel<Progress> progress) {}

  /** A directive and its progress. */
  public record DirectiveProgress(Directive directive, Panel<Progress> progress) {}

  private final Apis apis;
  private final Panels panels;
  private final Charts charts;
  private final Clock clock;

  DashboardController(Apis apis, Panels panels, Charts charts, Clock clock) {
    this.apis = apis;
    this.panels = panels;
    this.charts = charts;
    this.clock = clock;
  }

  @GetMapping("/tong-quan")
  String overview(Model model) {
    Api api = apis.current();
    LocalDate today = LocalDate.now(clock);
    var directives =
        panels.start(
            () -> api.list(Backend.DIRECTIVE, "/api/v1/directives?status=ISSUED", Directive.class));
    var models =
        panels.start(() ->
            api.list(
                Backend.MODEL_REGISTRY,
                "/api/v1/statistics/yearly?fromYear=2025&toYear=" + today.getYear(),
                YearlyRow.class));
    var halves = halves(api, today);
    Panel<List<Directive>> issued = directives.get();
    List<DirectiveProgress> perDirective = perDirective(api, issued);
    List<Half> trend =
        halves.stream().map(h -> new Half(h.label(), h.from(), h.to(), h.pending().get())).toList();
    model.addAttribute("directives", issued);
    model.addAttribute("perDirective", perDirective);
    model.addAttribute("trend", trend);
    model.addAttribute("trendChart", trendChart(trend));
    Panel<List<YearlyRow>> yearly = models.get();
    model.addAttribute("models", yearly);
    if (yearly.ok()) {
      model.addAttribute("modelChart", modelChart(yearly.data()));
    }
    return "dashboard/overview";
  }

  /** The progress of every issued directive, loaded at the same time. */
  private List<DirectiveProgress> perDirective(Api api, Panel<List<Directive>> issued) {
    List<DirectiveProgress> perDirective = new ArrayList<>();
    if (issued.ok()) {
      var pending =
          issued.data().stream()
              .map(d -> Map.entry(d, panels.start(() -> progress(api, d))))
              .toList();
      pending.forEach(p -> perDirective.add(new DirectiveProgress(p.getKey(), p.getValue().get())));
    }
    return perDirective;
  }

  private record PendingHalf(
      String label, LocalDate from, LocalDate to, Panels.Pending<Progress> pending) {}

  private List<PendingHalf> halves(Api api, LocalDate today) {
    List<PendingHalf> halves = new ArrayList<>();
    for (int year = 2025; year <= today.getYear(); year++) {
      for (int half = 1; half <= 2; half++) {
        LocalDate from = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        if (from.isAfter(today)) {
          break;
        }
        LocalDate to = half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        halves.add(
            new PendingHalf(
                dueHalfLabel(year, half),
                from,
                to,
                panels.start(() ->
                    api.get(
                        Backend.REPORT,
                        Paths.path("/api/v1/progress/summary")
                            .param("from", from)
                            .param("to", to)
                            .build(),
                        Progress.class))));
      }
    }
    return halves;
  }

  /**
   * A half-year of due dates, not a reporting period: "6 tháng, năm" reports fall due in both
   * halves (the first half-year's in June, the whole year's in December), so the second half is
   * named by its months, never "6 tháng cuối năm" (a period no longer planned).
   */
  static String dueHalfLabel(int year, int half) {
    return (half == 1 ? "Hạn nộp tháng 1–6/" : "Hạn nộp tháng 7–12/") + year;
  }

  private static Progress progress(Api api, Directive d) {
    return api.get(
        Backend.REPORT, Paths.of("/api/v1/progress/directives/{id}", d.id()), Progress.class);
  }

  private String trendChart(List<Half> trend) {
    List<Half> ok = trend.stream().filter(h -> h.progress().ok()).toList();
    return charts.line(
        ok.stream().map(Half::label).toList(),
        new Charts.Series(
            "Tỷ lệ đúng hạn (%)",
            ok.stream().map(h -> orZero(h.progress().data().total().onTimeRate())).toList(),
            "#2e7d32"),
        new Charts.Series(
            "Tỷ lệ đã nộp (%)",
            ok.stream().map(h -> orZero(h.progress().data().total().doneRate())).toList(),
            "#1565c0"));
  }

  private String modelChart(List<YearlyRow> rows) {
    Map<Integer, int[]> byYear = new TreeMap<>();
    for (YearlyRow r : rows) {
      int[] sums = byYear.computeIfAbsent(r.year(), y -> new int[3]);
      sums[0] += r.registeredNew();
      sums[1] += r.recognisedCommune();
      sums[2] += r.recognisedProvince();
    }
    List<String> years = byYear.keySet().stream().map(String::valueOf).toList();
    return charts.bar(
        years,
        false,
        false,
        new Charts.Series(
            "Đăng ký mới", byYear.values().stream().map(s -> s[0]).toList(), "#1565c0"),
        new Charts.Series(
            "Công nhận cấp xã", byYear.values().stream().map(s -> s[1]).toList(), "#2e7d32"),
        new Charts.Series(
            "Công nhận cấp tỉnh", byYear.values().stream().map(s -> s[2]).toList(), "#b00020"));
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}
