package vn.dienbien.portal.commendation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The forms of commendation model-registry accepts, with their names, for the form's list. Which
 * form a level may award is model-registry's rule (it refuses a mismatch beside the field).
 */
final class CommendationForms {

  static final Map<String, String> NAMES = names();

  private CommendationForms() {}

  private static Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put("PRAISE", "Biểu dương");
    names.put("CERTIFICATE_OF_MERIT", "Giấy khen (cấp xã)");
    names.put("DIPLOMA_OF_MERIT", "Bằng khen (cấp tỉnh)");
    names.put("OTHER", "Hình thức khác");
    return java.util.Collections.unmodifiableMap(names);
  }
}
