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
import vn.dienbien.platform.web.ExportFormat;
import vn.dienbien.platform.web.InputFormats;
import vn.dienbien.platform.web.PageParams;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.report.progress.BoardReport;
import vn.dienbien.report.progress.Exports;
import vn.dienbien.report.progress.Progress;
import vn.dienbien.report.progress.ProgressBoard;
import vn.dienbien.report.progress.ProgressQueries;
import vn.dienbien.report.progress.ProgressStatus;

@RestController
@Tag(
    name = "Tiến độ và tổng hợp",
    description = "Theo dõi, đôn đốc; tổng hợp báo cáo định kỳ gửi Ban Thường vụ")
class ProgressController {

  private static final MediaType DOCX =
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final ProgressQueries queries;
  private final BoardReport boardReport;

  ProgressController(ProgressQueries queries, BoardReport boardReport) {
    this.queries = queries;
    this.boardReport = boardReport;
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

  @GetMapping("/api/v1/progress/board")
  @Operation(
      summary =
          "Bảng theo dõi: các nghĩa vụ theo trạng thái và đơn vị (phân trang, có tổng số), kèm số"
              + " liệu cho biểu đồ; theo một chỉ thị (các kỳ đã bắt đầu) hoặc theo hạn nộp")
  BoardPage board(
      @Parameter(description = "Mã chỉ thị; bỏ trống thì theo khoảng hạn nộp from–to")
          @RequestParam(required = false)
          String directiveId,
      @Parameter(example = "2026-01-01")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @Parameter(example = "2026-12-31")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to,
      @Parameter(description = "Chỉ giữ nghĩa vụ ở trạng thái này; bỏ trống: mọi trạng thái")
          @RequestParam(required = false)
          ProgressStatus status,
      @RequestParam(required = false) String unitId,
      @PageParams PageQuery page) {
    String unit = unitId == null || unitId.isBlank() ? null : unitId;
    return BoardPage.of(boardOf(directiveId, from, to, status, unit), page);
  }

  /** The board over the directive's progress, else over the obligations due within from..to. */
  private ProgressBoard boardOf(
      String directiveId, LocalDate from, LocalDate to, ProgressStatus status, String unitId) {
    if (directiveId != null && !directiveId.isBlank()) {
      return queries.directiveBoard(directiveId, status, unitId);
    }
    if (from == null || to == null) {
      throw ApiProblem.invalidField(
          from == null ? "from" : "to",
          "cần ngày bắt đầu và ngày kết thúc của khoảng hạn nộp khi không chọn chỉ thị",
          InputFormats.DATE,
          null);
    }
    requireOrdered(from, to);
    return queries.summaryBoard(from, to, status, unitId);
  }

  @GetMapping("/api/v1/exports/progress/{directiveId}")
  @Operation(summary = "Xuất tiến độ một chỉ thị ra Excel (.xlsx) hoặc CSV")
  ResponseEntity<byte[]> exportDirective(
      @PathVariable String directiveId,
      @Parameter(description = "xlsx hoặc csv, không phân biệt chữ hoa, chữ thường")
          @RequestParam(defaultValue = "xlsx")
          String format) {
    ExportFormat chosen = ExportFormat.parse(format);
    return file(queries.directive(directiveId), "tien-do-" + directiveId, chosen);
  }

  @GetMapping("/api/v1/exports/summary")
  @Operation(summary = "Xuất tổng hợp kỳ báo cáo ra Excel (.xlsx) hoặc CSV")
  ResponseEntity<byte[]> exportSummary(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @Parameter(description = "xlsx hoặc csv, không phân biệt chữ hoa, chữ thường")
          @RequestParam(defaultValue = "xlsx")
          String format) {
    ExportFormat chosen = ExportFormat.parse(format);
    requireOrdered(from, to);
    return file(queries.summary(from, to), "tong-hop-" + from + "-" + to, chosen);
  }

  @GetMapping("/api/v1/exports/summary/board-report")
  @Operation(
      summary = "Báo cáo tổng hợp kỳ báo cáo gửi Ban Thường vụ (.docx, thể thức văn bản của Đảng)")
  ResponseEntity<byte[]> exportBoardReport(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    requireOrdered(from, to);
    byte[] body = boardReport.docx(queries.summary(from, to), from, to);
    return attachment(body, DOCX, "bao-cao-tong-hop-" + from + "-" + to + ".docx");
  }

  private static void requireOrdered(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw ApiProblem.invalidField("to", "Ngày kết thúc phải sau ngày bắt đầu");
    }
  }

  private static ResponseEntity<byte[]> file(Progress progress, String name, ExportFormat format) {
    byte[] body = format == ExportFormat.XLSX ? Exports.xlsx(progress) : Exports.csv(progress);
    return attachment(body, format.mediaType(), name + "." + format.extension());
  }

  private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String name) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name.replaceAll("[^A-Za-z0-9._-]", "-"), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }
}
