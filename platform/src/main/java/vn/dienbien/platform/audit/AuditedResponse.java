package vn.dienbien.platform.audit;

import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the audit keeps of a response: the created or changed {@code id}, or the problem code. */
record AuditedResponse(String id, String problemCode) {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_PARSED = 64 * 1024;

  static AuditedResponse of(ContentCachingResponseWrapper response) {
    String type = response.getContentType();
    byte[] body = response.getContentAsByteArray();
    if (type == null || !type.contains("json") || body.length == 0 || body.length > MAX_PARSED) {
      return new AuditedResponse(null, null);
    }
    try {
      JsonNode node = JSON.readTree(body);
      return new AuditedResponse(
          text(node, "id"), type.contains("problem") ? text(node, "code") : null);
    } catch (JacksonException e) {
      return new AuditedResponse(null, null);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isValueNode() ? value.asString() : null;
  }
}
