package vn.dienbien.portal.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.dienbien.portal.api.ApiRefusal;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.web.Paths;

/**
 * Administrators load the units directory and the officials who receive notifications from CSV
 * files. The portal checks only that the file is a readable CSV (size, name, UTF-8, a data row) and
 * hands it to the services' own imports: directive-service ({@code POST /api/v1/units/import},
 * every row checked first, one bad row and nothing is written) and notification-service ({@code
 * POST /api/v1/contacts/import}, good rows stored, bad rows refused by line). Each refused row is
 * shown with the service's message.
 */
@Controller
@RequestMapping("/quan-tri/nhap-tep")
class ImportController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  /** notification-service names a refused row's field as its API does; people read the column. */
  private static final Map<String, String> CONTACT_COLUMNS =
      Map.of(
          "fullName", "Họ và tên",
          "title", "Chức vụ",
          "unitId", "Mã đơn vị",
          "roles", "Vai trò",
          "email", "Email",
          "mobile", "Số điện thoại",
          "digest", "Thư tổng hợp");

  private final Apis apis;

  ImportController(Apis apis) {
    this.apis = apis;
  }

  @GetMapping
  String page(Model model) {
    return page(null, null, model);
  }

  @PostMapping("/don-vi")
  String units(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
      throws IOException {
    byte[] bytes = bytes(file);
    Optional<String> problem = CsvUpload.problem(name(file), bytes);
    if (problem.isPresent()) {
      return page("units", ImportResult.fileRefused(problem.get()), model);
    }
    try {
      var report = apis.current().postFile(Backend.DIRECTIVE, "/api/v1/units/import", CSV, bytes);
      return page("units", ImportResult.units(report), model);
    } catch (ApiRefusal e) {
      return page("units", ImportResult.unitsRefused(e.fieldErrors(), e.summary()), model);
    }
  }

  @PostMapping("/can-bo")
  String contacts(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "chiKiemTra", defaultValue = "false") boolean dryRun,
      Model model)
      throws IOException {
    byte[] bytes = bytes(file);
    Optional<String> problem = CsvUpload.problem(name(file), bytes);
    if (problem.isPresent()) {
      return page("contacts", ImportResult.fileRefused(problem.get()), model);
    }
    String path = Paths.path("/api/v1/contacts/import").param("dryRun", dryRun).build();
    try {
      var report = apis.current().postFile(Backend.NOTIFICATION, path, CSV, bytes);
      return page("contacts", ImportResult.contacts(report), model);
    } catch (ApiRefusal e) {
      return page("contacts", ImportResult.fileRefused(e.summary()), model);
    }
  }

  private static byte[] bytes(MultipartFile file) throws IOException {
    return file == null ? new byte[0] : file.getBytes();
  }

  private static String name(MultipartFile file) {
    return file == null ? null : file.getOriginalFilename();
  }

  private static String page(String which, ImportResult result, Model model) {
    model.addAttribute("which", which);
    model.addAttribute("result", result);
    model.addAttribute("contactColumns", CONTACT_COLUMNS);
    return "admin/import";
  }
}
