package vn.dienbien.portal.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.dienbien.portal.api.Api;

/**
 * A file from a service passed on to the browser (which holds no token): shown in the browser for a
 * preview, or downloaded under the service's file name.
 */
public final class Downloads {

  private Downloads() {}

  public static ResponseEntity<byte[]> pass(Api.Download file, boolean download) {
    String disposition = file.disposition() == null ? "attachment" : file.disposition();
    if (!download) {
      disposition = disposition.replaceFirst("^attachment", "inline");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition)
        .header("X-Content-Type-Options", "nosniff")
        .body(file.body());
  }
}
