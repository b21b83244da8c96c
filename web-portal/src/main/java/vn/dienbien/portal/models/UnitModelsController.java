package vn.dienbien.portal.models;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.ApiRefusal;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.PageRequest;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.registry.RegistryModel;
import vn.dienbien.portal.security.CurrentUser;
import vn.dienbien.portal.web.Forms;
import vn.dienbien.portal.web.Navigation;
import vn.dienbien.portal.web.Paths;

/**
 * A unit registers its "Dân vận khéo" models and follows them through evaluation and recognition.
 */
@Controller
@RequestMapping("/don-vi/mo-hinh")
class UnitModelsController {

  private final Apis apis;
  private final CurrentUser users;
  private final Clock clock;

  UnitModelsController(Apis apis, CurrentUser users, Clock clock) {
    this.apis = apis;
    this.users = users;
    this.clock = clock;
  }

  @GetMapping
  String list(@RequestParam(defaultValue = "0") int trang, Model model) {
    String unit = unit();
    Api api = apis.current();
    model.addAttribute(
        "models",
        Panel.load(() ->
            api.page(
                Backend.MODEL_REGISTRY,
                Paths.path("/api/v1/models").param("unitId", unit).build(),
                PageRequest.of(trang, 20),
                RegistryModel.class)));
    model.addAttribute("errors", Map.of());
    model.addAttribute("year", LocalDate.now(clock).getYear());
    return "models/unit";
  }

  @PostMapping
  String register(
      @RequestParam(required = false) String name,
      @RequestParam(required = false) String field,
      @RequestParam(required = false) List<String> targetArea,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate startDate,
      @RequestParam(required = false) Integer year,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Map<String, Object> body = registration(name, field, targetArea, description, startDate, year);
    try {
      var created = apis.current().post(Backend.MODEL_REGISTRY, "/api/v1/models", body);
      return Navigation.redirect(
          "/mo-hinh/models/" + created.path("id").asString(),
          "Đã đăng ký mô hình. Lãnh đạo đơn vị sẽ khảo sát, đánh giá, xét công nhận cấp xã.",
          request,
          response);
    } catch (ApiRefusal e) {
      list(0, model);
      model.addAttribute("errors", e.fieldErrors());
      model.addAttribute("formError", e.summary());
      model.addAttribute("entered", body);
      return "models/unit";
    }
  }

  private Map<String, Object> registration(
      String name,
      String field,
      List<String> targetArea,
      String description,
      LocalDate startDate,
      Integer year) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("unitId", unit());
    body.put("field", Forms.blank(field));
    // Several areas and topics (a commune both ethnic-minority and border, say).
    body.put(
        "targetAreas",
        targetArea == null ? List.of() : targetArea.stream().filter(t -> !t.isBlank()).toList());
    body.put("description", Forms.blank(description));
    body.put("startDate", startDate);
    body.put("year", year);
    body.put("level", "COMMUNE");
    return body;
  }

  private String unit() {
    return users
        .get()
        .unit()
        .orElseThrow(() ->
            new ApiRefusal(
                403,
                "Chưa gắn đơn vị",
                "Tài khoản của bạn chưa được gắn với đơn vị nào.",
                "no-unit",
                Map.of()));
  }
}
