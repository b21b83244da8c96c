package vn.dienbien.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.dienbien.contracts.topics.TopicCatalog;
import vn.dienbien.contracts.topics.TopicSpec;
import vn.dienbien.localstack.process.ManagedProcess;

/** The summary printed once everything is ready. */
final class Banner {

  /** The auth-server's demo users (auth-server/src/main/resources), shown so people can log in. */
  /** The demo users' password on the local auth server (local only). */
  static final String DEMO_PASSWORD = "demo-2026";

  private static final String[][] DEMO_USERS = {
    {"admin", "ADMIN: units, contacts, configuration"},
    {"editor", "EDITOR (Văn phòng Tỉnh ủy): draft and issue directives"},
    {"monitor", "MONITOR (Ban Tuyên giáo và Dân vận, BTGDV-TU): reviews, extensions, cấp tỉnh"},
    {"officer.muongnhe", "UNIT_OFFICER of XA-MUONG-NHE: reports, extension requests, models"},
    {
      "approver.muongnhe",
      "UNIT_APPROVER + UNIT_OFFICER of XA-MUONG-NHE: recognises its models at cấp xã"
    },
    {"officer.dienbienphu", "UNIT_OFFICER of PHUONG-DIEN-BIEN-PHU"},
    {"viewer", "VIEWER: read only"},
  };

  private Banner() {}

  static void print(
      Layout layout,
      LocalPorts ports,
      Topology topology,
      List<ServiceInstance> services,
      double seconds) {
    StringBuilder out = new StringBuilder("\n");
    out.append(
        String.format(
            "Local stack ready in %.1f s%s. Press Ctrl-C to stop.%n%n",
            seconds, services.isEmpty() ? " (infrastructure only)" : ""));
    boolean portal = services.stream().anyMatch(s -> s.spec().equals(ServiceSpec.PORTAL));
    if (portal) {
      line(
          out, "WEB PORTAL", ServiceSpec.PORTAL.baseUrl() + "/   sign in as (password demo-2026):");
      demoUsers(out);
      out.append('\n');
    }
    for (ServiceInstance s : services) {
      if (s.spec().hasDatabase()) {
        line(
            out,
            s.name(),
            s.baseUrl() + "/swagger-ui.html   OpenAPI " + s.baseUrl() + "/v3/api-docs");
      }
    }
    if (services.stream().anyMatch(s -> s.spec().equals(ServiceSpec.AUTH_SERVER))) {
      String auth = ServiceSpec.AUTH_SERVER.baseUrl();
      line(out, "auth-server", auth + "   (demo users, password demo-2026, local only)");
      if (!portal) {
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
        topology.bootstrapServers()
            + "   topics "
            + String.join(", ", TopicCatalog.HISTORY.stream().map(TopicSpec::name).toList())
            + " (+ state and dead-letter topics)");
    if (topology.isCluster()) {
      line(
          out,
          "  replication",
          topology.topics().replicationFactor()
              + " copies, min.insync.replicas "
              + topology.topics().minInsyncReplicas()
              + ", "
              + topology.topics().partitions()
              + " partitions per topic");
    }
    line(
        out,
        "MongoDB",
        "mongodb://127.0.0.1:"
            + ports.mongo()
            + "/<db>?uuidRepresentation=standard   dbs "
            + String.join(
                ", ", ServiceSpec.platformServices().stream().map(ServiceSpec::database).toList()));
    line(out, "Logs", layout.logs() + "/");
    line(out, "Data", layout.kafkaHome() + "/, " + layout.mongoFile());
    System.out.println(out);
  }

  /** Pid and resident memory of every JVM, e.g. "report-service-1=4711 (352 MB)". */
  static void printMemory(List<ManagedProcess> processes) {
    StringBuilder out = new StringBuilder("  JVM pids (RSS):");
    long total = rssMb(ProcessHandle.current().pid());
    out.append(" launcher=").append(ProcessHandle.current().pid()).append(" (" + total + " MB)");
    for (ManagedProcess p : processes) {
      long rss = rssMb(p.pid());
      total += rss;
      out.append(' ').append(p.name()).append('=').append(p.pid()).append(" (" + rss + " MB)");
    }
    out.append(String.format("%n  Resident memory of all JVMs: %d MB", total));
    System.out.println(out);
  }

  private static void demoUsers(StringBuilder out) {
    for (String[] user : DEMO_USERS) {
      line(out, "  " + user[0], user[1]);
    }
  }

  /** Resident set size from /proc (Linux); 0 where it cannot be read. */
  static long rssMb(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
              .filter(l -> l.startsWith("VmRSS:"))
              .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
              .findFirst()
              .orElse(0)
          / 1024;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  private static void line(StringBuilder out, String what, String where) {
    out.append(String.format("  %-24s %s%n", what, where));
  }
}
