package vn.dienbien.localstack.soak;

import java.util.List;
import java.util.Optional;

/**
 * Before the burst: the communes, their officials' contacts, and a system with nothing in flight.
 */
public final class Preparation {

  static final String MONITORING_BODY = "BTGDV-TU";

  private Preparation() {}

  /** The 45 commune-level units, from directive-service's directory. */
  public static List<String> communes(Api api) {
    return Steps.poll(
        "the communes",
        () -> {
          List<String> codes =
              api
                  .all("directive-service", "admin", "/api/v1/units?parentId=TINH-DIEN-BIEN")
                  .stream()
                  .map(u -> u.path("id").asText())
                  .sorted()
                  .toList();
          return codes.isEmpty() ? Optional.empty() : Optional.of(codes);
        });
  }

  /**
   * One reporting officer and one unit head per commune, and a monitoring officer, imported as an
   * administrator would (CSV); fake names and example.vn addresses.
   */
  public static void importContacts(Api api, List<String> communes) {
    StringBuilder csv =
        new StringBuilder("Họ và tên,Chức vụ,Mã đơn vị,Vai trò,Email,Số điện thoại\n");
    csv.append(row("(Thử tải) Cán bộ theo dõi", MONITORING_BODY, "Cán bộ theo dõi", 0, "theodoi"));
    for (int i = 0; i < communes.size(); i++) {
      String unit = communes.get(i);
      csv.append(
          row("(Thử tải) Cán bộ báo cáo " + unit, unit, "Cán bộ báo cáo", 2 * i + 1, "baocao"));
      csv.append(row("(Thử tải) Bí thư " + unit, unit, "Thủ trưởng", 2 * i + 2, "bithu"));
    }
    Steps.untilDone(
        "contact import",
        new java.util.concurrent.atomic.AtomicInteger(),
        () ->
            api.postCsv("notification-service", "admin", "/api/v1/contacts/import", csv.toString())
                .ok());
  }

  private static String row(String name, String unit, String role, int n, String mailbox) {
    return "%s,Dữ liệu thử,%s,%s,%s.%s@soak.example.vn,+84913%06d%n"
        .formatted(name, unit, role, mailbox, unit.toLowerCase(), 100000 + n);
  }

  /** Waits until every consumer group has caught up and no reminder is waiting. */
  public static void awaitQuiet(Lag lag, Api api) {
    Steps.poll(
        "a quiet system",
        () ->
            Lag.total(lag.byGroup()) == 0 && DeliveryAudit.outstanding(api) == 0
                ? Optional.of(true)
                : Optional.empty());
  }
}
