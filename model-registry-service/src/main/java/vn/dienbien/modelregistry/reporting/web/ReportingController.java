package vn.dienbien.modelregistry.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.modelregistry.model.Field;
import vn.dienbien.modelregistry.model.Kind;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.ModelFilter;
import vn.dienbien.modelregistry.model.ModelStatus;
import vn.dienbien.modelregistry.model.TargetArea;
import vn.dienbien.modelregistry.reporting.Reports;
import vn.dienbien.modelregistry.reporting.Table;
import vn.dienbien.modelregistry.reporting.TableExport;
import vn.dienbien.modelregistry.reporting.YearlyStatistics;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.platform.web.ExportFormat;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

@Tag(name = "Thống kê, xuất dữ liệu", description = "Số liệu cho báo cáo định kỳ và xuất Excel/CSV")
@RestController
class ReportingController {

  /** Years the registry can hold: the 2025–2030 period with room on both sides. */
  static final int MIN_YEAR = 2000;

  static final int MAX_YEAR = 2100;

  private final Reports reports;

  ReportingController(Reports reports) {
    this.reports = reports;
  }

  @Operation(
      summary = "Thống kê theo năm và lĩnh vực",
      description =
          "Đăng ký mới, công nhận theo cấp, duy trì hiệu quả "
              + "và không còn hiệu quả (thu hồi) của từng năm.")
  @GetMapping("/api/v1/statistics/yearly")
  PagedResponse<YearlyStatistics.Row> yearly(
      @Parameter(example = "2025") @RequestParam(defaultValue = "2025") int fromYear,
      @Parameter(example = "2030") @RequestParam(defaultValue = "2030") int toYear,
      @RequestParam(required = false) String unitId,
      PageQuery page) {
    checkYears(fromYear, toYear);
    return PagedResponse.ofAll(reports.yearly(fromYear, toYear, unitId), page);
  }

  @Operation(
      summary = "Xuất bảng thống kê (format = xlsx hoặc csv, không phân biệt chữ hoa, chữ thường)")
  @GetMapping("/api/v1/statistics/yearly/export")
  ResponseEntity<byte[]> exportYearly(
      @RequestParam(defaultValue = "2025") int fromYear,
      @RequestParam(defaultValue = "2030") int toYear,
      @RequestParam(required = false) String unitId,
      @RequestParam(defaultValue = "xlsx") String format) {
    checkYears(fromYear, toYear);
    return file(reports.statisticsTable(fromYear, toYear, unitId), "thong-ke-dan-van-kheo", format);
  }

  @Operation(
      summary =
          "Xuất danh sách mô hình, điển hình (format = xlsx hoặc csv), cùng bộ lọc với tra cứu")
  @GetMapping("/api/v1/exports/models")
  ResponseEntity<byte[]> exportModels(
      @RequestParam(required = false) Kind kind,
      @RequestParam(required = false) String unitId,
      @RequestParam(required = false) Field field,
      @RequestParam(required = false) TargetArea targetArea,
      @RequestParam(required = false) Level level,
      @RequestParam(required = false) ModelStatus status,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "xlsx") String format) {
    var filter = new ModelFilter(kind, unitId, field, targetArea, level, status, year, q);
    return file(reports.modelsTable(filter), "mo-hinh-dan-van-kheo", format);
  }

  private static ResponseEntity<byte[]> file(Table table, String name, String format) {
    ExportFormat chosen = ExportFormat.parse(format);
    byte[] body = chosen == ExportFormat.CSV ? TableExport.csv(table) : TableExport.xlsx(table);
    ContentDisposition disposition =
        ContentDisposition.attachment()
            .filename(name + "." + chosen.extension(), StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(chosen.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .body(body);
  }

  private static void checkYears(int fromYear, int toYear) {
    for (var year : java.util.Map.of("fromYear", fromYear, "toYear", toYear).entrySet()) {
      if (year.getValue() < MIN_YEAR || year.getValue() > MAX_YEAR) {
        throw ApiProblem.invalidField(
            year.getKey(),
            "năm phải từ " + MIN_YEAR + " đến " + MAX_YEAR,
            "năm dạng yyyy, từ " + MIN_YEAR + " đến " + MAX_YEAR,
            null);
      }
    }
    if (toYear < fromYear) {
      throw ApiProblem.invalidField("toYear", "phải lớn hơn hoặc bằng fromYear");
    }
  }
}
