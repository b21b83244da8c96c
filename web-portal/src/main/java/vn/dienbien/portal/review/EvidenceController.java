package vn.dienbien.portal.review;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.Apis;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.web.Downloads;
import vn.dienbien.portal.web.Paths;

/**
 * Evidence files and exports, passed through from the services with the person's token (the browser
 * holds no token): shown in the browser for a preview, or downloaded.
 */
@Controller
class EvidenceController {

  private final Apis apis;

  EvidenceController(Apis apis) {
    this.apis = apis;
  }

  @GetMapping("/tep/{reportId}/{fileId}")
  ResponseEntity<byte[]> evidence(
      @PathVariable String reportId,
      @PathVariable String fileId,
      @RequestParam(name = "tai", required = false) String download) {
    Api.Download file =
        apis.current()
            .download(
                Backend.REPORT, Paths.of("/api/v1/reports/{r}/evidence/{f}", reportId, fileId));
    return Downloads.pass(file, download != null);
  }
}
