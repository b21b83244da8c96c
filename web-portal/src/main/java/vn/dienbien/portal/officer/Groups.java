package vn.dienbien.portal.officer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dienbien.portal.report.Obligation;

/**
 * A unit's obligations in the groups an officer works through, most urgent first. The states come
 * from report-service; "late" and "due soon" are read off the due date for display, and an open
 * obligation whose reporting window has not opened yet is kept apart, so every "Đang mở" one can be
 * reported on today.
 */
final class Groups {

  enum Group {
    OVERDUE("Quá hạn", "danger", "qua-han"),
    DUE_SOON("Sắp đến hạn", "warning", "sap-den-han"),
    RETURNED("Bị trả lại", "danger", "bi-tra-lai"),
    OPEN("Đang mở", "secondary", "dang-mo"),
    NOT_OPEN_YET("Chưa đến kỳ nhận báo cáo", "light", "chua-den-ky"),
    SUBMITTED("Đã nộp, chờ thẩm định", "info", "cho-tham-dinh"),
    ACCEPTED("Đã chấp nhận", "success", "da-chap-nhan");

    private final String label;
    private final String tone;
    private final String slug;

    Group(String label, String tone, String slug) {
      this.label = label;
      this.tone = tone;
      this.slug = slug;
    }

    public String label() {
      return label;
    }

    public String tone() {
      return tone;
    }

    /** Its address on the page (Vietnamese, without diacritics). */
    public String slug() {
      return slug;
    }
  }

  private Groups() {}

  static Map<Group, List<Obligation>> of(List<Obligation> all, LocalDate today, int dueSoonDays) {
    Map<Group, List<Obligation>> groups = new EnumMap<>(Group.class);
    for (Group g : Group.values()) {
      groups.put(g, new ArrayList<>());
    }
    for (Obligation o : all) {
      group(o, today, dueSoonDays).ifPresent(g -> groups.get(g).add(o));
    }
    Comparator<Obligation> due = Comparator.comparing(Obligation::dueDate);
    groups.forEach(
        (g, list) -> list.sort(g == Group.ACCEPTED || g == Group.SUBMITTED ? due.reversed() : due));
    return groups;
  }

  private static java.util.Optional<Group> group(Obligation o, LocalDate today, int dueSoonDays) {
    long days = o.daysLeft(today);
    return java.util.Optional.ofNullable(
        switch (o.state()) {
          case "OPEN" ->
              o.notOpenYet(today)
                  ? Group.NOT_OPEN_YET
                  : days < 0 ? Group.OVERDUE : days <= dueSoonDays ? Group.DUE_SOON : Group.OPEN;
          case "RETURNED" -> Group.RETURNED;
          case "SUBMITTED" -> Group.SUBMITTED;
          case "ACCEPTED" -> Group.ACCEPTED;
          default -> null;
        });
  }

  static Group parse(String slug) {
    for (Group g : Group.values()) {
      if (g.slug().equals(slug)) {
        return g;
      }
    }
    return null;
  }
}
