package vn.dienbien.systemtests.portal;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dienbien.systemtests.Infrastructure;
import vn.dienbien.systemtests.ServiceProcess;
import vn.dienbien.testsupport.TcpForwarder;

/**
 * The whole system as people use it, on random ports: one Kafka broker, one MongoDB-wire store, an
 * SMTP server, the auth server, the four services with security on, and the web portal, each
 * service its own JVM from its built jar. Seeded with directives 06-CT/TU and 11-CT/TU, the demo
 * officials and the sample models.
 */
public final class PortalSystem implements AutoCloseable {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Infrastructure infrastructure = Infrastructure.start();
  private final List<ServiceProcess> processes = new ArrayList<>();
  private final Map<String, ServiceProcess> byName = new HashMap<>();
  private final int authPort = TcpForwarder.reservePort();
  private final int portalPort = TcpForwarder.reservePort();

  private PortalSystem() {}

  /** Starts everything and waits until every process is ready. */
  public static PortalSystem start() throws Exception {
    PortalSystem system = new PortalSystem();
    try {
      system.startProcesses();
      // Seven JVMs start on two cores; on a loaded machine that takes minutes.
      await()
          .atMost(Duration.ofMinutes(10))
          .pollInterval(Duration.ofSeconds(2))
          .alias("ready: " + system.processes.stream().map(ServiceProcess::name).toList())
          .until(() -> system.notReady().isEmpty());
      return system;
    } catch (Exception | Error e) {
      system.close();
      throw e;
    }
  }

  private List<String> notReady() {
    return processes.stream().filter(p -> !p.ready(HTTP)).map(ServiceProcess::name).toList();
  }

  private void startProcesses() throws Exception {
    String auth = "http://127.0.0.1:" + authPort;
    String portal = "http://127.0.0.1:" + portalPort;
    add(
        ServiceProcess.start(
            "auth-server",
            authPort,
            Map.of("AUTH_ISSUER", auth, "AUTH_PORTAL_ORIGINS", portal),
            List.of("--spring.profiles.active=local", "--auth.key-file=")));
    Map<String, String> urls = new HashMap<>();
    urls.put(
        "DIRECTIVE_SERVICE_URL",
        service("directive-service", "directive", auth, "--directive.seed.enabled=true"));
    urls.put("REPORT_SERVICE_URL", service("report-service", "report", auth));
    urls.put(
        "MODEL_REGISTRY_SERVICE_URL",
        service(
            "model-registry-service",
            "model_registry",
            auth,
            "--model-registry.demo.enabled=true"));
    urls.put(
        "NOTIFICATION_SERVICE_URL",
        service("notification-service", "notification", auth, "--notification.demo.enabled=true"));
    Map<String, String> env = new HashMap<>(urls);
    env.put("PORTAL_OIDC_ISSUER", auth);
    add(ServiceProcess.start("web-portal", portalPort, env, List.of()));
  }

  private String service(String name, String database, String issuer, String... args)
      throws Exception {
    int port = TcpForwarder.reservePort();
    Map<String, String> env =
        infrastructure.env(database, Map.of("PLATFORM_SECURITY_ISSUER_URI", issuer));
    ServiceProcess process = ServiceProcess.start(name, port, env, List.of(args));
    add(process);
    byName.put(name, process);
    return "http://127.0.0.1:" + port;
  }

  private void add(ServiceProcess process) {
    processes.add(process);
  }

  /** Stops one service (as if it crashed); the portal keeps running. */
  public void stop(String name) throws InterruptedException {
    ServiceProcess process = byName.remove(name);
    processes.remove(process);
    process.close();
  }

  public String portal(String path) {
    return "http://127.0.0.1:" + portalPort + path;
  }

  public String auth(String path) {
    return "http://127.0.0.1:" + authPort + path;
  }

  @Override
  public void close() throws Exception {
    for (ServiceProcess process : processes) {
      process.close();
    }
    infrastructure.close();
  }
}
