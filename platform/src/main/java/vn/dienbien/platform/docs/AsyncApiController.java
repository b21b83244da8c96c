package vn.dienbien.platform.docs;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.platform.web.ApiProblem;

/**
 * The AsyncAPI document of the event stream (event-contracts' {@code asyncapi.yaml}) and the JSON
 * Schemas it refers to, public like the OpenAPI document, so an analyst can read the stream's
 * contract from any running service. The document's relative schema references are pointed at
 * {@code /asyncapi/schemas/…}, where this controller serves them.
 */
@Hidden
@RestController
class AsyncApiController {

  static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);
  private static final Pattern NAME = Pattern.compile("[a-z-]+");
  private static final Pattern FILE = Pattern.compile("[a-z-]+\\.v\\d+\\.json");

  private final String document;

  AsyncApiController() throws IOException {
    this.document = read("asyncapi.yaml").replace("'./schemas/", "'./asyncapi/schemas/");
  }

  @GetMapping(
      path = {"/asyncapi.yaml", "/asyncapi"},
      produces = "application/yaml")
  ResponseEntity<String> document() {
    return ResponseEntity.ok().contentType(YAML).body(document);
  }

  @GetMapping(path = "/asyncapi/schemas/{area}/{file}", produces = "application/schema+json")
  ResponseEntity<String> schema(@PathVariable String area, @PathVariable String file)
      throws IOException {
    if (!NAME.matcher(area).matches() || !FILE.matcher(file).matches()) {
      throw ApiProblem.notFound("lược đồ", area + "/" + file);
    }
    InputStream in =
        getClass().getClassLoader().getResourceAsStream("schemas/" + area + "/" + file);
    if (in == null) {
      throw ApiProblem.notFound("lược đồ", area + "/" + file);
    }
    try (in) {
      return ResponseEntity.ok()
          .contentType(MediaType.parseMediaType("application/schema+json"))
          .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = AsyncApiController.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException(resource + " is not on the classpath (event-contracts)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
