package vn.dienbien.auth.user;

import java.util.List;
import java.util.Optional;

/** One demo user per role, and a second unit officer to show that units are kept apart. */
public final class DemoUsers {

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
    return ALL.stream().filter(u -> u.username().equals(username)).findFirst();
  }
}
