package vn.dienbien.portal.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.PageRequest;
import vn.dienbien.portal.api.Paged;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.api.Panels;
import vn.dienbien.portal.report.Progress;
import vn.dienbien.portal.web.Charts;
import vn.dienbien.portal.web.Downloads;
import vn.dienbien.portal.web.Paths;

/**
 * Progress of one directive by task and by unit, with charts, and the Excel/CSV downloads
 * report-service produces (the directive's progress, and the summary of a period).
 */
@Controller
class ProgressController {

  private final Apis apis;
  private final Panels panels;
  private final Charts charts;
  private final Clock clock;

  ProgressController(Apis apis, Panels panels, Charts charts, Clock clock) {
    this.apis = apis;
    this.panels = panels;
    this.charts = charts;
    this.clock = clock;
  }

  @GetMapping("/tien-do")
  String progress(
      @RequestParam(name = "chiThi", required = false) String directive,
      @RequestParam(defaultValue = "0") int trang,
      Model model) {
    Api api = apis.current();
    var directives = panels.start(() -> BoardController.issued(api));
    var loaded = directives.get();
    String chosen =
        directive != null && !directive.isBlank()
            ? directive
            : loaded.ok() && !loaded.data().isEmpty() ? loaded.data().getFirst().id() : null;
    model.addAttribute("directives", loaded);
    model.addAttribute("chosen", chosen);
    LocalDate today = LocalDate.now(clock);
    model.addAttribute("from", LocalDate.of(today.getYear(), 1, 1));
    model.addAttribute("to", today);
    if (chosen != null) {
      showProgress(api, chosen, trang, model);
    }
    return "board/progress";
  }

  /** The chosen directive's progress: by task (chart) and by unit (25 a page). */
  private void showProgress(Api api, String chosen, int trang, Model model) {
    Panel<Progress> progress =
        Panel.load(() ->
            api.get(
                Backend.REPORT,
                Paths.of("/api/v1/progress/directives/{id}", chosen),
                Progress.class));
    model.addAttribute("progress", progress);
    if (progress.ok()) {
      Progress p = progress.data();
      model.addAttribute("taskChart", byTask(p));
      List<Map.Entry<String, Progress.Tally>> units = List.copyOf(p.byUnit().entrySet());
      model.addAttribute("units", Paged.slice(units, PageRequest.of(trang, 25)));
      model.addAttribute("unitNames", unitNames(p));
    }
  }

  @GetMapping("/tien-do/tai/{directive}")
  ResponseEntity<byte[]> download(
      @PathVariable String directive,
      @RequestParam(name = "dinhDang", defaultValue = "XLSX") String format) {
    return Downloads.pass(
        apis.current()
            .download(
                Backend.REPORT,
                Paths.path("/api/v1/exports/progress/{id}", directive)
                    .param("format", "CSV".equals(format) ? "CSV" : "XLSX")
                    .build()),
        true);
  }

  @GetMapping("/tien-do/tong-hop")
  ResponseEntity<byte[]> summary(
      @RequestParam(name = "tu") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(name = "den") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(name = "dinhDang", defaultValue = "XLSX") String format) {
    // DOCX: the period's summary to the Standing Board, as a Party document.
    var path =
        "DOCX".equals(format)
            ? Paths.path("/api/v1/exports/summary/board-report")
            : Paths.path("/api/v1/exports/summary")
                .param("format", "CSV".equals(format) ? "CSV" : "XLSX");
    return Downloads.pass(
        apis.current().download(Backend.REPORT, path.param("from", from).param("to", to).build()),
        true);
  }

  private String byTask(Progress p) {
    List<String> tasks = List.copyOf(p.byTask().keySet());
    return charts.bar(
        tasks,
        true,
        false,
        series(p, tasks, "DONE_ON_TIME", "Đã nộp đúng hạn", "#2e7d32"),
        series(p, tasks, "DONE_LATE", "Đã nộp trễ hạn", "#e0a100"),
        series(p, tasks, "OVERDUE", "Quá hạn", "#b00020"),
        series(p, tasks, "DUE_SOON", "Sắp đến hạn", "#fb8c00"),
        series(p, tasks, "ON_TRACK", "Trong hạn", "#90a4ae"));
  }

  private static Charts.Series series(
      Progress p, List<String> tasks, String status, String label, String color) {
    return new Charts.Series(
        label, tasks.stream().map(t -> p.byTask().get(t).count(status)).toList(), color);
  }

  private static Map<String, String> unitNames(Progress p) {
    Map<String, String> names = new java.util.HashMap<>();
    p.rows().forEach(r -> names.putIfAbsent(r.unitId(), r.unitName()));
    return names;
  }
}
