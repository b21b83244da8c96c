package vn.dienbien.localstack;

import java.util.List;
import vn.dienbien.localstack.kafka.KafkaTopics;

/** The summary printed once everything is ready. */
final class Banner {

  /** The auth-server's demo users (auth-server/src/main/resources), shown so people can log in. */
  private static final String[][] DEMO_USERS = {
    {"admin", "ADMIN: units, contacts, configuration"},
    {"editor", "EDITOR (Văn phòng Tỉnh ủy): draft and issue directives"},
    {"monitor", "MONITOR (Ban Tuyên giáo và Dân vận, BTGDV-TU): reviews, extensions, recognitions"},
    {"officer.muongnhe", "UNIT_OFFICER of XA-MUONG-NHE: reports, extension requests, models"},
    {"officer.dienbienphu", "UNIT_OFFICER of PHUONG-DIEN-BIEN-PHU"},
    {"viewer", "VIEWER: read only"},
  };

  private Banner() {}

  static void print(Layout layout, LocalPorts ports, List<ServiceSpec> services, double seconds) {
    StringBuilder out = new StringBuilder("\n");
    out.append(
        String.format(
            "Local stack ready in %.1f s%s. Press Ctrl-C to stop.%n%n",
            seconds, services.isEmpty() ? " (infrastructure only)" : ""));
    if (services.contains(ServiceSpec.PORTAL)) {
      line(
          out, "WEB PORTAL", ServiceSpec.PORTAL.baseUrl() + "/   sign in as (password demo-2026):");
      demoUsers(out);
      out.append('\n');
    }
    for (ServiceSpec s : services) {
      if (s.hasDatabase()) {
        line(
            out,
            s.name(),
            s.baseUrl() + "/swagger-ui.html   OpenAPI " + s.baseUrl() + "/v3/api-docs");
      }
    }
    if (services.contains(ServiceSpec.AUTH_SERVER)) {
      String auth = ServiceSpec.AUTH_SERVER.baseUrl();
      line(out, "auth-server", auth + "   (demo users, password demo-2026, local only)");
      if (!services.contains(ServiceSpec.PORTAL)) {
        demoUsers(out);
      }
      line(
          out,
          "  token for curl",
          "TOKEN=$(curl -s -d username=<user> -d password=demo-2026 -d raw=true "
              + auth
              + "/demo/token)");
      line(
          out,
          "  then",
          "curl -H \"Authorization: Bearer $TOKEN\" http://127.0.0.1:8082/api/v1/obligations");
    }
    if (!services.isEmpty()) {
      line(
          out,
          "  metrics",
          "/actuator/prometheus with basic auth prometheus / " + ServiceSpec.METRICS_PASSWORD);
      out.append('\n');
    }
    line(
        out,
        "Mail viewer",
        "http://127.0.0.1:"
            + ports.mailViewer()
            + "/   (SMTP 127.0.0.1:"
            + ports.smtp()
            + ", JSON /api/messages)");
    line(
        out,
        "SMS gateway viewer",
        "http://127.0.0.1:"
            + ports.sms()
            + "/   (POST /api/v1/sms, eSMS "
            + "/MainService.svc/json/SendMultipleMessage_V4_post_json/, key "
            + ports.smsApiKey()
            + ")");
    line(
        out,
        "Kafka bootstrap",
        "127.0.0.1:" + ports.kafka() + "   topics " + String.join(", ", KafkaTopics.TOPICS));
    line(
        out,
        "MongoDB",
        "mongodb://127.0.0.1:"
            + ports.mongo()
            + "/<db>?uuidRepresentation=standard   dbs "
            + String.join(
                ", ", ServiceSpec.platformServices().stream().map(ServiceSpec::database).toList()));
    line(out, "Logs", layout.logs() + "/");
    line(out, "Data", layout.kafkaHome() + "/data, " + layout.mongoFile());
    System.out.println(out);
  }

  static void printMemory(List<vn.dienbien.localstack.process.ManagedProcess> processes) {
    StringBuilder out = new StringBuilder("  JVM pids:");
    out.append(" launcher=").append(ProcessHandle.current().pid());
    processes.forEach(p -> out.append(' ').append(p.name()).append('=').append(p.pid()));
    System.out.println(out);
  }

  private static void demoUsers(StringBuilder out) {
    for (String[] user : DEMO_USERS) {
      line(out, "  " + user[0], user[1]);
    }
  }

  private static void line(StringBuilder out, String what, String where) {
    out.append(String.format("  %-24s %s%n", what, where));
  }
}
