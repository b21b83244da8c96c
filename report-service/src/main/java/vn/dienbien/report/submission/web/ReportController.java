package vn.dienbien.report.submission.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dienbien.platform.security.CurrentActor;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.report.obligation.Obligations;
import vn.dienbien.report.obligation.Report;
import vn.dienbien.report.submission.ReviewReport;
import vn.dienbien.report.submission.Reviews;
import vn.dienbien.report.submission.Submissions;
import vn.dienbien.report.submission.SubmitReport;
import vn.dienbien.report.submission.Upload;

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

  private final CurrentActor actor;

  ReportController(
      Submissions submissions, Reviews reviews, Obligations obligations, CurrentActor actor) {
    this.submissions = submissions;
    this.reviews = reviews;
    this.obligations = obligations;
    this.actor = actor;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Nộp báo cáo (không kèm tệp)",
      description = "Đơn vị nộp là đơn vị trong mã truy cập của người gọi")
  ResponseEntity<Report> submit(
      @RequestHeader("X-Unit-Id") String unitId,
      @RequestHeader(name = "X-User-Id", required = false) String userId,
      @Valid @RequestBody SubmitReport request) {
    return created(submissions.submit(unitId, userId, request, List.of()));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Nộp báo cáo kèm tệp minh chứng (PDF, DOCX, XLSX, JPG, PNG; tối đa 10 MB mỗi tệp)",
      description =
          "Phần report (application/json) là nội dung báo cáo, phần files là các tệp; đơn vị nộp"
              + " là đơn vị trong mã truy cập của người gọi")
  ResponseEntity<Report> submitWithEvidence(
      @RequestHeader("X-Unit-Id") String unitId,
      @RequestHeader(name = "X-User-Id", required = false) String userId,
      @Valid @RequestPart("report") SubmitReport request,
      @RequestPart(name = "files", required = false) List<MultipartFile> files) {
    List<Upload> uploads =
        files == null
            ? List.of()
            : files.stream()
                .map(f -> new Upload(f.getOriginalFilename(), f.getSize(), f::getBytes))
                .toList();
    return created(submissions.submit(unitId, userId, request, uploads));
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "Xem một lần nộp báo cáo",
      description = "Cán bộ đơn vị chỉ xem được báo cáo của đơn vị mình")
  Report get(@PathVariable String id) {
    var obligation =
        Optional.ofNullable(Report.obligationIdOf(id))
            .flatMap(obligations::byId)
            .orElseThrow(() -> ApiProblem.notFound("báo cáo", id));
    actor.requireUnit(obligation.unitId());
    return obligation.reports().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> ApiProblem.notFound("báo cáo", id));
  }

  @PostMapping("/{id}/review")
  @Operation(summary = "Thẩm định báo cáo: chấp nhận hoặc trả lại kèm ý kiến")
  Report review(
      @PathVariable String id,
      @RequestHeader("X-Unit-Id") String unitId,
      @RequestHeader(name = "X-User-Id", required = false) String userId,
      @Valid @RequestBody ReviewReport request) {
    return reviews.review(id, unitId, userId, request);
  }

  private static ResponseEntity<Report> created(Report report) {
    return ResponseEntity.created(URI.create("/api/v1/reports/" + report.id())).body(report);
  }
}
