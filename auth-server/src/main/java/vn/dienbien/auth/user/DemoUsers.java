package vn.dienbien.auth.user;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One demo user per role, and a second unit officer to show that units are kept apart. The commune
 * approver (the standing committee of Mường Nhé's Party committee) holds UNIT_APPROVER to decide
 * its commune's own-level models, and UNIT_OFFICER to read and act for the commune elsewhere. Where
 * {@code auth.demo-unit-officers} is on (the local profile), {@code officer@<UNIT-CODE>} is a unit
 * officer of any unit as well, so a load run (the soak) can act as every commune's officer.
 */
public final class DemoUsers {

  public static final String UNIT_OFFICER_PREFIX = "officer@";
  private static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

  public static final List<DemoUser> ALL =
      List.of(
          new DemoUser("admin", "Quản trị hệ thống", List.of("ADMIN"), Optional.empty()),
          new DemoUser(
              "editor", "Chuyên viên Văn phòng Tỉnh ủy", List.of("EDITOR"), Optional.of("VP-TU")),
          new DemoUser(
              "monitor",
              "Chuyên viên Ban Tuyên giáo và Dân vận Tỉnh ủy",
              List.of("MONITOR"),
              Optional.of("BTGDV-TU")),
          new DemoUser(
              "officer.muongnhe",
              "Cán bộ xã Mường Nhé",
              List.of("UNIT_OFFICER"),
              Optional.of("XA-MUONG-NHE")),
          new DemoUser(
              "approver.muongnhe",
              "Thường trực Đảng ủy xã Mường Nhé",
              List.of("UNIT_OFFICER", "UNIT_APPROVER"),
              Optional.of("XA-MUONG-NHE")),
          new DemoUser(
              "officer.dienbienphu",
              "Cán bộ phường Điện Biên Phủ",
              List.of("UNIT_OFFICER"),
              Optional.of("PHUONG-DIEN-BIEN-PHU")),
          new DemoUser(
              "viewer",
              "Lãnh đạo, chuyên viên phân tích (chỉ xem)",
              List.of("VIEWER"),
              Optional.empty()));

  private DemoUsers() {}

  public static Optional<DemoUser> find(String username) {
    return ALL.stream()
        .filter(u -> u.username().equals(username))
        .findFirst()
        .or(() -> unitOfficer(username));
  }

  /** {@code officer@XA-MUONG-CHA}: a unit officer of that unit (any well-formed unit code). */
  static Optional<DemoUser> unitOfficer(String username) {
    if (username == null || !username.startsWith(UNIT_OFFICER_PREFIX)) {
      return Optional.empty();
    }
    String unit = username.substring(UNIT_OFFICER_PREFIX.length());
    if (unit.length() > 64 || !UNIT_CODE.matcher(unit).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new DemoUser(
            username,
            "Cán bộ đơn vị " + unit + " (thử)",
            List.of("UNIT_OFFICER"),
            Optional.of(unit)));
  }
}
