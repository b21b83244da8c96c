package vn.dienbien.report.submission.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.report.obligation.Obligations;
import vn.dienbien.report.obligation.Report;
import vn.dienbien.report.submission.ReviewReport;
import vn.dienbien.report.submission.Reviews;
import vn.dienbien.report.submission.Submissions;
import vn.dienbien.report.submission.SubmitReport;

/**
 * The acting unit is header {@code X-Unit-Id} and the user {@code X-User-Id}; with security on the
 * platform replaces both with the verified token's unit and user, so a client cannot claim them.
 */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(
    name = "Báo cáo",
    description = "Đơn vị nộp báo cáo; Ban Tuyên giáo và Dân vận Tỉnh ủy thẩm định")
class ReportController {

  private final Submissions submissions;
  private final Reviews reviews;
  private final Obligations obligations;

  ReportController(Submissions submissions, Reviews reviews, Obligations obligations) {
    this.submissions = submissions;
    this.reviews = reviews;
    this.obligations = obligations;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Nộp báo cáo (không kèm tệp)")
  ResponseEntity<Report> submit(
      @Parameter(example = "XA-MUONG-NHE") @RequestHeader("X-Unit-Id") String unitId,
      @RequestHeader(name = "X-User-Id", required = false) String userId,
      @Valid @RequestBody SubmitReport request) {
    return created(submissions.submit(unitId, userId, request, List.of()));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Nộp báo cáo kèm tệp minh chứng (PDF, DOCX, XLSX, JPG, PNG; tối đa 10 MB mỗi tệp)")
  ResponseEntity<Report> submitWithEvidence(
      @Parameter(example = "XA-MUONG-NHE") @RequestHeader("X-Unit-Id") String unitId,
      @RequestHeader(name = "X-User-Id", required = false) String userId,
      @Valid @RequestPart("report") SubmitReport request,
      @RequestPart(name = "files", required = false) List<MultipartFile> files) {
    return created(submissions.submit(unitId, userId, request, files == null ? List.of() : files));
  }

  @GetMapping("/{id}")
  @Operation(summary = "Xem một lần nộp báo cáo")
  Report get(@PathVariable String id) {
    return obligations
        .byId(String.valueOf(Report.obligationIdOf(id)))
        .flatMap(o -> o.reports().stream().filter(r -> r.id().equals(id)).findFirst())
        .orElseThrow(() -> ApiProblem.notFound("báo cáo", id));
  }

  @PostMapping("/{id}/review")
  @Operation(summary = "Thẩm định báo cáo: chấp nhận hoặc trả lại kèm ý kiến")
  Report review(
      @PathVariable String id,
      @Parameter(example = "BTGDV-TU") @RequestHeader("X-Unit-Id") String unitId,
      @RequestHeader(name = "X-User-Id", required = false) String userId,
      @Valid @RequestBody ReviewReport request) {
    return reviews.review(id, unitId, userId, request);
  }

  private static ResponseEntity<Report> created(Report report) {
    return ResponseEntity.created(URI.create("/api/v1/reports/" + report.id())).body(report);
  }
}
