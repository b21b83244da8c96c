package vn.dienbien.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Spring Boot application the launcher runs as its own JVM. {@link #ALL} is the single list: add
 * an application here and run-local.sh builds, starts, waits for and prints it; in cluster mode
 * every stateless application ({@link #replicated()}) runs twice ({@link ServiceInstance}).
 *
 * @param port the port of its first instance
 * @param database the service's MongoDB database, or null for the auth server (no database)
 */
public record ServiceSpec(String name, int port, String database) {

  /** Local OAuth2 authorization server (platform/SECURITY.md): issues the services' JWTs. */
  public static final ServiceSpec AUTH_SERVER = new ServiceSpec("auth-server", 9000, null);

  /** The officials' web portal (no database): signs in with the auth server, calls the services. */
  public static final ServiceSpec PORTAL = new ServiceSpec("web-portal", 8080, null);

  /** Password the services expect on /actuator/prometheus (user "prometheus"); local only. */
  public static final String METRICS_PASSWORD = "local-metrics";

  public static final List<ServiceSpec> ALL =
      List.of(
          AUTH_SERVER,
          new ServiceSpec("directive-service", 8081, "directive"),
          new ServiceSpec("report-service", 8082, "report"),
          new ServiceSpec("model-registry-service", 8083, "model_registry"),
          new ServiceSpec("notification-service", 8084, "notification"),
          PORTAL);

  /** The four business services (everything but the auth server and the portal). */
  public static List<ServiceSpec> platformServices() {
    return ALL.stream().filter(ServiceSpec::hasDatabase).toList();
  }

  public boolean hasDatabase() {
    return database != null;
  }

  /**
   * Whether cluster mode runs more than one instance: the business services do. The local auth
   * server keeps its signing key in a file and runs once, as Keycloak would be one cluster in
   * production; the portal keeps its users' sessions in memory and its sign-in redirect names port
   * 8080, so it runs once too (calling instance 1 of each service).
   */
  public boolean replicated() {
    return hasDatabase();
  }

  /**
   * Heap limit of this application's JVMs in MB: the business services hold Kafka clients and Mongo
   * pools; the auth server and the portal only render pages and sign tokens.
   */
  public int heapMb() {
    return hasDatabase() ? 256 : 160;
  }

  /**
   * Options of every JVM of this application, the training run included (an AOT cache is only used
   * by a JVM with the same GC and heap settings): its heap limit, then {@code extra}
   * (SERVICE_JAVA_OPTS, which may override it: the last -Xmx wins).
   */
  public List<String> jvmOptions(List<String> extra) {
    List<String> jvm = new ArrayList<>(List.of("-Xmx" + heapMb() + "m"));
    jvm.addAll(extra);
    return List.copyOf(jvm);
  }

  /** {@code <repo>/<name>/target/<name>.jar}, the Spring Boot fat jar. */
  public Path jar(Path root) {
    return root.resolve(name).resolve("target").resolve(name + ".jar");
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }
}
