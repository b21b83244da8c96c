package vn.dienbien.portal.admin;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API's field names as the admin forms' fields: an item of a list ({@code memberIds[3]}) or an
 * entry of a map ({@code channelPreferences.SMS}) is shown beside the list or map as a whole.
 */
final class FieldNames {

  private FieldNames() {}

  static Map<String, String> of(Map<String, String> api) {
    Map<String, String> form = new LinkedHashMap<>();
    api.forEach((field, message) ->
        form.merge(field.replaceAll("[\\[.].*$", ""), message, (a, b) -> a + "; " + b));
    return form;
  }
}
