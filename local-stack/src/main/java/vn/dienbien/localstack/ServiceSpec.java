package vn.dienbien.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Spring Boot application the launcher runs as its own JVM. {@link #ALL} is the single list: add
 * an application here and run-local.sh builds, starts, waits for and prints it.
 *
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

  /** {@code <repo>/<name>/target/<name>.jar}, the Spring Boot fat jar. */
  public Path jar(Path root) {
    return root.resolve(name).resolve("target").resolve(name + ".jar");
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  public String readinessUrl() {
    return baseUrl() + "/actuator/health/readiness";
  }

  /** The environment contract every application honours when run locally. */
  public Map<String, String> environment(LocalPorts ports) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SPRING_PROFILES_ACTIVE", "local");
    env.put("SERVER_PORT", Integer.toString(port));
    env.put("SERVER_ADDRESS", "127.0.0.1");
    if (this.equals(PORTAL)) {
      env.put("PORTAL_PORT", Integer.toString(port));
      env.put("PORTAL_OIDC_ISSUER", AUTH_SERVER.baseUrl());
      return env;
    }
    if (!hasDatabase()) {
      env.put("AUTH_PORT", Integer.toString(port));
      env.put("AUTH_ISSUER", baseUrl());
      return env;
    }
    env.put(
        "MONGODB_URI",
        "mongodb://127.0.0.1:" + ports.mongo() + "/" + database + "?uuidRepresentation=standard");
    env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + ports.kafka());
    env.put("SMTP_HOST", "127.0.0.1");
    env.put("SMTP_PORT", Integer.toString(ports.smtp()));
    env.put("SMS_GATEWAY_URL", "http://127.0.0.1:" + ports.sms());
    env.put("SMS_ESMS_API_KEY", ports.smsApiKey());
    env.put("SMS_ESMS_SECRET_KEY", ports.smsSecretKey());
    env.put("PLATFORM_SECURITY_ISSUER_URI", AUTH_SERVER.baseUrl());
    env.put("METRICS_PASSWORD", METRICS_PASSWORD);
    return env;
  }

  /** {@code java -Xmx384m [SERVICE_JAVA_OPTS] -jar <jar>}. */
  public List<String> command(String java, Path root, List<String> extraJvmOptions) {
    List<String> command = new ArrayList<>(List.of(java, "-Xmx384m"));
    command.addAll(extraJvmOptions);
    command.addAll(List.of("-jar", jar(root).toString()));
    return command;
  }
}
