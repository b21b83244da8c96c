package vn.dienbien.portal.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.api.Panels;
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

  static final int PAGE_SIZE = 25;

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
    var board = panels.start(() -> board(api, filter, trang));
    Panel<Board> loaded = board.get();
    model.addAttribute("filter", filter);
    model.addAttribute("statuses", STATUSES);
    model.addAttribute("directives", directives.get());
    model.addAttribute("progress", loaded);
    if (loaded.ok()) {
      show(loaded.data(), model);
    }
    model.addAttribute("pageUrl", filter.url("/bang-theo-doi"));
    return partial != null ? "board/board :: table" : "board/board";
  }

  /** The rows of the board and its three charts. */
  private void show(Board data, Model model) {
    model.addAttribute("rows", data.rows());
    model.addAttribute("units", units(data.units()));
    model.addAttribute("byDirective", byDirective(data.byDirective()));
    model.addAttribute("byStatus", byStatus(data.total()));
    model.addAttribute("byUnit", topUnits(data.topUnits()));
  }

  static List<DirectiveChoice> issued(Api api) {
    return api.list(Backend.DIRECTIVE, "/api/v1/directives?status=ISSUED", DirectiveChoice.class);
  }

  /** The board report-service computes: filtered, ordered and paged there, 25 rows a page. */
  private static Board board(Api api, BoardFilter filter, int page) {
    String path =
        Paths.path("/api/v1/progress/board")
            .param("directiveId", filter.directive())
            .param("from", filter.directive() == null ? filter.from() : null)
            .param("to", filter.directive() == null ? filter.to() : null)
            .param("status", BoardFilter.ALL.equals(filter.status()) ? null : filter.status())
            .param("unitId", filter.unit())
            .param("page", Math.max(0, page))
            .param("size", PAGE_SIZE)
            .build();
    return api.get(Backend.REPORT, path, Board.class);
  }

  private static Map<String, String> units(List<Board.UnitName> units) {
    Map<String, String> names = new LinkedHashMap<>();
    units.forEach(u -> names.put(u.unitId(), u.unitName()));
    return names;
  }

  private String byDirective(Map<String, Long> counts) {
    return charts.bar(
        List.copyOf(counts.keySet()),
        false,
        false,
        new Charts.Series("Số nghĩa vụ", List.copyOf(counts.values()), "#b00020"));
  }

  private String byStatus(Progress.Tally total) {
    List<String> names = STATUSES.stream().map(s -> labels.of("progress", s)).toList();
    List<Integer> counts = STATUSES.stream().map(total::count).toList();
    return charts.doughnut(names, counts);
  }

  private String topUnits(List<Board.UnitCount> top) {
    return charts.bar(
        top.stream().map(Board.UnitCount::unitName).toList(),
        false,
        true,
        new Charts.Series(
            "Số nghĩa vụ", top.stream().map(Board.UnitCount::count).toList(), "#1565c0"));
  }
}
