package vn.dienbien.portal.approver;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.PageRequest;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.api.Panels;
import vn.dienbien.portal.registry.RegistryModel;
import vn.dienbien.portal.web.Paths;

/**
 * A unit approver's home: the models of its own unit and the units under it that wait for its
 * decision, step by step (survey and evaluation, recognition, yearly re-evaluation). Which models
 * are the caller's to decide is model-registry's answer ({@code decidableByMe=true}, the same
 * jurisdiction rule as the decisions); each model links to its page, where the decision forms are.
 */
@Controller
class DecisionQueueController {

  /** The statuses in which a model waits for a decision, in the order the work is done. */
  static final Map<String, String> STEPS = steps();

  /** The steps that list recognised models, every one of them unless narrowed to this year's. */
  static final java.util.Set<String> RE_EVALUATION = java.util.Set.of("RECOGNISED", "SUSTAINED");

  private final Apis apis;
  private final Panels panels;
  private final java.time.Clock clock;

  DecisionQueueController(Apis apis, Panels panels, java.time.Clock clock) {
    this.apis = apis;
    this.panels = panels;
    this.clock = clock;
  }

  @GetMapping("/danh-gia/cho-quyet-dinh")
  String queue(
      @RequestParam(name = "buoc", defaultValue = "REGISTERED") String step,
      @RequestParam(name = "loai", defaultValue = "models") String kind,
      @RequestParam(defaultValue = "0") int trang,
      @RequestParam(name = "denHan", defaultValue = "false") boolean dueThisYear,
      Model model) {
    Api api = apis.current();
    String chosen = STEPS.containsKey(step) ? step : "REGISTERED";
    String path = "exemplars".equals(kind) ? "/api/v1/exemplars" : "/api/v1/models";
    boolean narrowed = dueThisYear && RE_EVALUATION.contains(chosen);
    int year = java.time.LocalDate.now(clock).getYear();
    PageRequest request = PageRequest.of(trang, PageRequest.DEFAULT_SIZE);
    var list =
        panels.start(() ->
            narrowed
                ? DueThisYear.page(api, mine(path, chosen), year, request)
                : api.page(
                    Backend.MODEL_REGISTRY, mine(path, chosen), request, RegistryModel.class));
    Map<String, Panel<Long>> totals = totals(api, path);
    model.addAttribute("models", list.get());
    model.addAttribute("totals", totals);
    model.addAttribute("step", chosen);
    model.addAttribute("steps", STEPS);
    model.addAttribute("kind", "exemplars".equals(kind) ? "exemplars" : "models");
    model.addAttribute("reEvaluation", RE_EVALUATION.contains(chosen));
    model.addAttribute("dueThisYear", narrowed);
    model.addAttribute("year", year);
    return "approver/queue";
  }

  /** How many models wait at each step, counted at the same time. */
  private Map<String, Panel<Long>> totals(Api api, String path) {
    Map<String, Panels.Pending<Long>> counts = new LinkedHashMap<>();
    for (String s : STEPS.keySet()) {
      counts.put(
          s,
          panels.start(() ->
              api.page(
                      Backend.MODEL_REGISTRY,
                      mine(path, s),
                      new PageRequest(0, 1),
                      RegistryModel.class)
                  .totalItems()));
    }
    Map<String, Panel<Long>> totals = new LinkedHashMap<>();
    counts.forEach((s, pending) -> totals.put(s, pending.get()));
    return totals;
  }

  private static Map<String, String> steps() {
    Map<String, String> steps = new LinkedHashMap<>();
    steps.put("REGISTERED", "Chờ khảo sát, đánh giá");
    steps.put("EVALUATED", "Chờ quyết định công nhận");
    steps.put("RECOGNISED", "Đánh giá lại (đã công nhận)");
    steps.put("SUSTAINED", "Đánh giá lại (đang duy trì)");
    return java.util.Collections.unmodifiableMap(steps);
  }

  private static String mine(String path, String status) {
    return Paths.path(path).param("decidableByMe", "true").param("status", status).build();
  }
}
