package vn.dienbien.portal.api;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reads a service's problem+json (contract C2) into an {@link ApiRefusal}. */
final class Problems {

  private Problems() {}

  static ApiRefusal refusal(int status, JsonNode problem) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (JsonNode error : problem.path("errors")) {
      String field = error.path("field").asString("");
      String message = error.path("message").asString("");
      if (error.hasNonNull("expected")) {
        message += " (định dạng: " + error.path("expected").asString() + ")";
      }
      fields.merge(field, message, (a, b) -> a + "; " + b);
    }
    String title = problem.path("title").asString("Yêu cầu không thực hiện được");
    String detail = problem.path("detail").asString(title);
    return new ApiRefusal(status, title, detail, problem.path("code").asString(null), fields);
  }
}
