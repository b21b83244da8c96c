package vn.dienbien.notification.contact;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.dienbien.notification.contact.ImportReport.RowError;
import vn.dienbien.platform.refusal.Refusal;
import vn.dienbien.platform.validation.Diacritics;

/**
 * Column names as clerks write them (Vietnamese, with or without diacritics) or as the API names
 * them.
 */
final class ContactColumns {

  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("ho va ten", "fullName"),
          Map.entry("ho ten", "fullName"),
          Map.entry("fullname", "fullName"),
          Map.entry("chuc vu", "title"),
          Map.entry("title", "title"),
          Map.entry("ma don vi", "unitId"),
          Map.entry("unitid", "unitId"),
          Map.entry("vai tro", "roles"),
          Map.entry("roles", "roles"),
          Map.entry("email", "email"),
          Map.entry("thu dien tu", "email"),
          Map.entry("so dien thoai", "mobile"),
          Map.entry("dien thoai", "mobile"),
          Map.entry("mobile", "mobile"),
          Map.entry("thu tong hop", "digest"),
          Map.entry("tong hop hang ngay", "digest"),
          Map.entry("digest", "digest"));

  private static final Set<String> YES = Set.of("co", "x", "true", "yes", "1");
  private static final Set<String> NO = Set.of("khong", "false", "no", "0");

  private static final Map<String, ContactRole> ROLE_NAMES =
      Map.of(
          "thu truong",
          ContactRole.UNIT_HEAD,
          "nguoi dung dau",
          ContactRole.UNIT_HEAD,
          "can bo bao cao",
          ContactRole.REPORTING_OFFICER,
          "dau moi bao cao",
          ContactRole.REPORTING_OFFICER,
          "can bo theo doi",
          ContactRole.MONITORING_OFFICER);

  private ContactColumns() {}

  static Map<String, Integer> locate(List<String> header) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String field = ALIASES.get(Diacritics.fold(header.get(i)).strip());
      if (field != null) {
        columns.putIfAbsent(field, i);
      }
    }
    List<String> missing =
        List.of("fullName", "unitId", "roles").stream()
            .filter(f -> !columns.containsKey(f))
            .toList();
    if (!missing.isEmpty()) {
      throw Refusal.invalidField(
          "file",
          "thiếu cột "
              + String.join(", ", missing)
              + " (dòng tiêu đề: Họ và tên, Chức vụ, Mã đơn vị, Vai trò, Email, Số điện thoại)");
    }
    return columns;
  }

  static ContactForm form(
      List<String> cells, Map<String, Integer> columns, int line, List<RowError> errors) {
    Set<ContactRole> roles = roles(cell(cells, columns, "roles"), line, errors);
    return new ContactForm(
        cell(cells, columns, "fullName"),
        cell(cells, columns, "title"),
        upper(cell(cells, columns, "unitId")),
        roles,
        cell(cells, columns, "email"),
        cell(cells, columns, "mobile"),
        null,
        null,
        digest(cell(cells, columns, "digest"), line, errors));
  }

  /** "Có"/"x"/"true" or "Không"/"false"; an empty cell keeps what the official chose before. */
  private static Boolean digest(String text, int line, List<RowError> errors) {
    if (text == null) {
      return null;
    }
    String folded = Diacritics.fold(text).strip();
    if (YES.contains(folded) || NO.contains(folded)) {
      return YES.contains(folded);
    }
    errors.add(new RowError(line, "digest", "giá trị không hợp lệ: " + text + " (Có hoặc Không)"));
    return null;
  }

  private static Set<ContactRole> roles(String text, int line, List<RowError> errors) {
    Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
    if (text == null) {
      return roles;
    }
    for (String part : text.split("[;|]")) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      ContactRole role = ROLE_NAMES.get(Diacritics.fold(name));
      if (role == null) {
        try {
          role = ContactRole.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
          errors.add(new RowError(line, "roles", "vai trò không hợp lệ: " + name));
          continue;
        }
      }
      roles.add(role);
    }
    return roles;
  }

  private static String cell(List<String> cells, Map<String, Integer> columns, String field) {
    Integer index = columns.get(field);
    if (index == null || index >= cells.size()) {
      return null;
    }
    String value = cells.get(index).strip();
    return value.isEmpty() ? null : value;
  }

  private static String upper(String text) {
    return text == null ? null : text.toUpperCase(Locale.ROOT);
  }
}
