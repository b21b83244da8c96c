package vn.dienbien.portal.officer;

/**
 * How the page shows each group report-service puts a unit's obligations in ({@code GET
 * /api/v1/obligations/by-group}): its title, colour and address; in report-service's order.
 */
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

  /** The group at {@code slug}, or null. */
  static Group bySlug(String slug) {
    for (Group g : values()) {
      if (g.slug.equals(slug)) {
        return g;
      }
    }
    return null;
  }

  /** The group report-service names {@code name}, or null for one this portal does not know. */
  static Group byName(String name) {
    for (Group g : values()) {
      if (g.name().equals(name)) {
        return g;
      }
    }
    return null;
  }
}
