package vn.dienbien.directive.unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.dienbien.platform.refusal.Refusal.FieldError;
import vn.dienbien.platform.validation.CleanTextValidator;

/**
 * One data row of a units CSV, checked on its own (cross-row checks live in {@link UnitImport}).
 */
record UnitRow(
    int line,
    String code,
    String name,
    String kind,
    String level,
    String parentCode,
    List<String> groups,
    String officialCode,
    String confirmed,
    String source) {

  static final List<String> REQUIRED = List.of("code", "name", "kind", "level");
  private static final List<String> CONFIRMED_VALUES = List.of("", "true", "false");

  static UnitRow of(int line, Map<String, Integer> header, List<String> cells) {
    return new UnitRow(
        line,
        cell(header, cells, "code"),
        cell(header, cells, "name"),
        cell(header, cells, "kind"),
        cell(header, cells, "level"),
        cell(header, cells, "parent_code"),
        groups(cell(header, cells, "groups")),
        cell(header, cells, "official_code"),
        cell(header, cells, "confirmed"),
        cell(header, cells, "source"));
  }

  List<FieldError> problems(String prefix) {
    List<FieldError> errors = new ArrayList<>();
    if (!UnitCodes.isValid(code)) {
      errors.add(
          new FieldError(
              prefix + ".code", "mã đơn vị phải là chữ in hoa không dấu, số và dấu gạch nối"));
    }
    if (name.isBlank() || name.length() > 200 || !CleanTextValidator.isClean(name)) {
      errors.add(
          new FieldError(
              prefix + ".name",
              "tên phải có 1–200 ký tự, Unicode dựng sẵn (NFC), không ký tự điều khiển"));
    }
    if (!kind.matches("^[A-Z_]{2,40}$")) {
      errors.add(
          new FieldError(
              prefix + ".kind", "loại đơn vị phải là chữ in hoa và dấu gạch dưới, ví dụ COMMUNE"));
    }
    if (!level.equals("PROVINCE") && !level.equals("COMMUNE")) {
      errors.add(new FieldError(prefix + ".level", "cấp phải là PROVINCE hoặc COMMUNE"));
    }
    if (source.length() > 300 || !CleanTextValidator.isClean(source)) {
      errors.add(
          new FieldError(prefix + ".source", "nguồn tối đa 300 ký tự, Unicode dựng sẵn (NFC)"));
    }
    errors.addAll(attestationProblems(prefix));
    return errors;
  }

  Unit toUnit() {
    return Unit.of(code, name, kind, Level.valueOf(level), parentCode, source)
        .attested(officialCode, isConfirmed());
  }

  private List<FieldError> attestationProblems(String prefix) {
    List<FieldError> errors = new ArrayList<>();
    if (!UnitCodes.isValidOfficial(officialCode)) {
      errors.add(
          new FieldError(
              prefix + ".official_code",
              "mã đơn vị hành chính gồm 2 chữ số (tỉnh) hoặc 5 chữ số (xã, phường), hoặc để trống"));
    }
    if (!CONFIRMED_VALUES.contains(confirmed)) {
      errors.add(
          new FieldError(prefix + ".confirmed", "xác nhận phải là true, false hoặc để trống"));
    } else if (isConfirmed() && source.isBlank()) {
      errors.add(new FieldError(prefix + ".source", "đơn vị đã xác nhận phải ghi nguồn xác nhận"));
    }
    return errors;
  }

  private boolean isConfirmed() {
    return confirmed.equals("true");
  }

  private static String cell(Map<String, Integer> header, List<String> cells, String column) {
    Integer index = header.get(column);
    return index == null || index >= cells.size() ? "" : cells.get(index).strip();
  }

  private static List<String> groups(String cell) {
    return cell.isBlank()
        ? List.of()
        : Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
