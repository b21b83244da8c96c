package vn.dienbien.directive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies as static factories; each test uses its own directive number. */
public final class Fixtures {

  private Fixtures() {}

  public static Map<String, Object> directive(String number, Map<String, Object>... tasks) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("number", number);
    d.put("issuingBodyId", "BTV-TU");
    d.put("issuedOn", "2026-05-04");
    d.put("title", "Chỉ thị về tăng cường công tác dân vận ở cơ sở");
    d.put("periodStartYear", 2026);
    d.put("periodEndYear", 2030);
    d.put("signer", "T/M Ban Thường vụ");
    d.put("recipients", List.of("Các xã, phường", "Lưu Văn phòng Tỉnh ủy"));
    d.put("tasks", new ArrayList<>(List.of(tasks)));
    return d;
  }

  public static Map<String, Object> allCommunesTask(String code) {
    return task(code, null, "XA-PHUONG", Map.of("kind", "FIXED_DATE", "dueMonth", "2026-06"));
  }

  public static Map<String, Object> unitTask(String code, String unit, String dueDate) {
    return task(code, unit, null, Map.of("kind", "FIXED_DATE", "dueDate", dueDate));
  }

  public static Map<String, Object> ongoingTask(String code, String unit) {
    return task(code, unit, null, Map.of("kind", "ONGOING", "cadence", "QUARTERLY"));
  }

  public static Map<String, Object> task(
      String code, String unit, String group, Map<String, Object> deadline) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("code", code);
    t.put("content", "Xây dựng kế hoạch thực hiện Chỉ thị tại địa phương");
    if (unit != null) {
      t.put("leadUnitId", unit);
    }
    if (group != null) {
      t.put("leadGroupId", group);
    }
    t.put("expectedOutput", "Kế hoạch thực hiện của đơn vị");
    t.put("deadline", deadline);
    return t;
  }
}
