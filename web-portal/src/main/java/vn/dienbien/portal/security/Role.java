package vn.dienbien.portal.security;

/** The roles the services authorise on (claim {@code roles}), with the name people read. */
public enum Role {
  ADMIN("Quản trị hệ thống"),
  EDITOR("Văn phòng Tỉnh ủy (soạn thảo, ban hành)"),
  MONITOR("Cơ quan theo dõi (Ban Tuyên giáo và Dân vận)"),
  UNIT_OFFICER("Cán bộ đơn vị"),
  UNIT_APPROVER("Lãnh đạo đơn vị (xét công nhận cấp xã)"),
  VIEWER("Lãnh đạo, phân tích (chỉ xem)");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String authority() {
    return "ROLE_" + name();
  }
}
