package vn.dienbien.report.progress.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.report.progress.Exports;
import vn.dienbien.report.progress.Progress;
import vn.dienbien.report.progress.ProgressQueries;

@RestController
@Tag(
    name = "Tiến độ và tổng hợp",
    description = "Theo dõi, đôn đốc; tổng hợp báo cáo định kỳ gửi Ban Thường vụ")
class ProgressController {

  enum Format {
    XLSX,
    CSV
  }

  private final ProgressQueries queries;

  ProgressController(ProgressQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/api/v1/progress/directives/{directiveId}")
  @Operation(
      summary = "Tiến độ thực hiện một chỉ thị: theo nhiệm vụ, theo đơn vị, danh sách quá hạn")
  Progress directive(@PathVariable String directiveId) {
    return queries.directive(directiveId);
  }

  @GetMapping("/api/v1/progress/summary")
  @Operation(summary = "Tổng hợp tình hình báo cáo trong một kỳ")
  Progress summary(
      @Parameter(example = "2026-01-01")
          @RequestParam
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @Parameter(example = "2026-06-30")
          @RequestParam
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to) {
    requireOrdered(from, to);
    return queries.summary(from, to);
  }

  @GetMapping("/api/v1/exports/progress/{directiveId}")
  @Operation(summary = "Xuất tiến độ một chỉ thị ra Excel (.xlsx) hoặc CSV")
  ResponseEntity<byte[]> exportDirective(
      @PathVariable String directiveId, @RequestParam(defaultValue = "XLSX") Format format) {
    return file(queries.directive(directiveId), "tien-do-" + directiveId, format);
  }

  @GetMapping("/api/v1/exports/summary")
  @Operation(summary = "Xuất tổng hợp kỳ báo cáo ra Excel (.xlsx) hoặc CSV")
  ResponseEntity<byte[]> exportSummary(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "XLSX") Format format) {
    requireOrdered(from, to);
    return file(queries.summary(from, to), "tong-hop-" + from + "-" + to, format);
  }

  private static void requireOrdered(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw ApiProblem.invalidField("to", "Ngày kết thúc phải sau ngày bắt đầu");
    }
  }

  private static ResponseEntity<byte[]> file(Progress progress, String name, Format format) {
    boolean xlsx = format == Format.XLSX;
    MediaType type =
        xlsx
            ? MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            : new MediaType("text", "csv", StandardCharsets.UTF_8);
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(
                    name.replaceAll("[^A-Za-z0-9._-]", "-") + (xlsx ? ".xlsx" : ".csv"),
                    StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(xlsx ? Exports.xlsx(progress) : Exports.csv(progress));
  }
}
