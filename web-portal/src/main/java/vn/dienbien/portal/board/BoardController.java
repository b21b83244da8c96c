package vn.dienbien.portal.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.PageRequest;
import vn.dienbien.portal.api.Paged;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.api.Panels;
import vn.dienbien.portal.directive.Directive;
import vn.dienbien.portal.report.Progress;
import vn.dienbien.portal.web.Charts;
import vn.dienbien.portal.web.Labels;
import vn.dienbien.portal.web.Paths;

/**
 * The monitoring body's board across units and directives: what is overdue (or in any status),
 * filtered, paged with its total, and charted.
 */
@Controller
class BoardController {

  static final List<String> STATUSES =
      List.of("OVERDUE", "DUE_SOON", "ON_TRACK", "DONE_LATE", "DONE_ON_TIME");

  private final Apis apis;
  private final Panels panels;
  private final Charts charts;
  private final Labels labels;
  private final Clock clock;

  BoardController(Apis apis, Panels panels, Charts charts, Labels labels, Clock clock) {
    this.apis = apis;
    this.panels = panels;
    this.charts = charts;
    this.labels = labels;
    this.clock = clock;
  }

  @GetMapping("/bang-theo-doi")
  String board(
      @RequestParam(name = "chiThi", required = false) String directive,
      @RequestParam(name = "trangThai", required = false) String status,
      @RequestParam(name = "donVi", required = false) String unit,
      @RequestParam(name = "tu", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @RequestParam(name = "den", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to,
      @RequestParam(defaultValue = "0") int trang,
      @RequestHeader(name = "HX-Request", required = false) String partial,
      Model model) {
    BoardFilter filter = BoardFilter.of(directive, status, unit, from, to, LocalDate.now(clock));
    Api api = apis.current();
    var directives = panels.start(() -> issued(api));
    var progress = panels.start(() -> progress(api, filter));
    Panel<Progress> loaded = progress.get();
    model.addAttribute("filter", filter);
    model.addAttribute("statuses", STATUSES);
    model.addAttribute("directives", directives.get());
    model.addAttribute("progress", loaded);
    if (loaded.ok()) {
      List<Progress.Row> rows = filter.apply(loaded.data().rows());
      model.addAttribute("rows", page(rows, PageRequest.of(trang, 25)));
      model.addAttribute("units", units(loaded.data().rows()));
      model.addAttribute("byDirective", byDirective(rows));
      model.addAttribute("byStatus", byStatus(loaded.data()));
      model.addAttribute("byUnit", topUnits(rows));
    }
    model.addAttribute("pageUrl", filter.url("/bang-theo-doi"));
    return partial != null ? "board/board :: table" : "board/board";
  }

  static List<Directive> issued(Api api) {
    return api.list(Backend.DIRECTIVE, "/api/v1/directives?status=ISSUED", Directive.class);
  }

  private static Progress progress(Api api, BoardFilter filter) {
    String path =
        filter.directive() != null
            ? Paths.of("/api/v1/progress/directives/{id}", filter.directive())
            : Paths.path("/api/v1/progress/summary")
                .param("from", filter.from())
                .param("to", filter.to())
                .build();
    return api.get(Backend.REPORT, path, Progress.class);
  }

  private static Paged<Progress.Row> page(List<Progress.Row> rows, PageRequest request) {
    List<Progress.Row> sorted =
        rows.stream()
            .sorted(
                Comparator.comparingLong(Progress.Row::daysOverdue)
                    .reversed()
                    .thenComparing(Progress.Row::dueDate))
            .toList();
    return Paged.slice(sorted, request);
  }

  private static Map<String, String> units(List<Progress.Row> rows) {
    return rows.stream()
        .collect(
            Collectors.toMap(
                Progress.Row::unitId,
                Progress.Row::unitName,
                (a, b) -> a,
                () -> new TreeMap<String, String>()))
        .entrySet()
        .stream()
        .sorted(Map.Entry.comparingByValue())
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  private String byDirective(List<Progress.Row> rows) {
    Map<String, Long> counts =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    Progress.Row::directiveNumber, TreeMap::new, Collectors.counting()));
    return charts.bar(
        List.copyOf(counts.keySet()),
        false,
        false,
        new Charts.Series("Số nghĩa vụ", List.copyOf(counts.values()), "#b00020"));
  }

  private String byStatus(Progress progress) {
    List<String> names = STATUSES.stream().map(s -> labels.of("progress", s)).toList();
    List<Integer> counts = STATUSES.stream().map(s -> progress.total().count(s)).toList();
    return charts.doughnut(names, counts);
  }

  private String topUnits(List<Progress.Row> rows) {
    var top =
        rows.stream()
            .collect(Collectors.groupingBy(Progress.Row::unitName, Collectors.counting()))
            .entrySet()
            .stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(10)
            .toList();
    return charts.bar(
        top.stream().map(Map.Entry::getKey).toList(),
        false,
        true,
        new Charts.Series(
            "Số nghĩa vụ", top.stream().map(Map.Entry::getValue).toList(), "#1565c0"));
  }
}
