package vn.dienbien.report.submission.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.platform.security.CurrentActor;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.report.submission.EvidenceFiles;

@RestController
@Tag(name = "Báo cáo")
class EvidenceController {

  private final EvidenceFiles files;
  private final CurrentActor actor;

  EvidenceController(EvidenceFiles files, CurrentActor actor) {
    this.files = files;
    this.actor = actor;
  }

  @GetMapping("/api/v1/reports/{reportId}/evidence/{fileId}")
  @Operation(
      summary = "Tải tệp minh chứng của báo cáo",
      description = "Cán bộ đơn vị chỉ tải được tệp của báo cáo đơn vị mình")
  ResponseEntity<InputStreamResource> download(
      @PathVariable String reportId, @PathVariable String fileId) throws IOException {
    files.unitOf(reportId).ifPresent(actor::requireUnit);
    var file =
        files.of(reportId, fileId).orElseThrow(() -> ApiProblem.notFound("tệp minh chứng", fileId));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.evidence().contentType()))
        .contentLength(file.evidence().size())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(
                    file.evidence().filename() == null ? fileId : file.evidence().filename(),
                    java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(new InputStreamResource(file.content().getInputStream()));
  }
}
