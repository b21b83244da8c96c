package vn.dienbien.localstack.sms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** Reads and checks the string fields of an SMS request body. */
final class JsonFields {

  static final Pattern PHONE = Pattern.compile("\\+?[0-9]{9,15}");
  static final int MAX_TEXT = 1600;

  private JsonFields() {}

  /** The field as text (numbers and booleans too), trimmed, or null when absent, null or blank. */
  static String text(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    String value = node.asText().trim();
    return value.isEmpty() ? null : value;
  }

  /** Null when the phone number is acceptable, else the reason it is not. */
  static String phoneProblem(String phone) {
    return PHONE.matcher(phone.replace(" ", "")).matches()
        ? null
        : "phone number must be 9-15 digits, optionally with a leading +";
  }
}
