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
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.report.submission.EvidenceFiles;

@RestController
@Tag(name = "Báo cáo")
class EvidenceController {

  private final EvidenceFiles files;

  EvidenceController(EvidenceFiles files) {
    this.files = files;
  }

  @GetMapping("/api/v1/reports/{reportId}/evidence/{fileId}")
  @Operation(summary = "Tải tệp minh chứng của báo cáo")
  ResponseEntity<InputStreamResource> download(
      @PathVariable String reportId, @PathVariable String fileId) throws IOException {
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
