package vn.dienbien.localstack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dienbien.localstack.startup.ServiceCaches;

/**
 * One running copy of a {@link ServiceSpec}: {@code report-service} alone, or {@code
 * report-service-1} and {@code report-service-2} side by side on ports 8082 and 8182 in cluster
 * mode. Instances of a service share its database and consumer groups.
 *
 * @param index 0-based instance number
 * @param numbered whether the name carries the instance number (more than one instance runs)
 */
public record ServiceInstance(ServiceSpec spec, int index, boolean numbered) {

  public String name() {
    return numbered ? spec.name() + "-" + (index + 1) : spec.name();
  }

  public int port() {
    return spec.port() + Topology.INSTANCE_PORT_STEP * index;
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public String readinessUrl() {
    return baseUrl() + "/actuator/health/readiness";
  }

  /** The environment contract every application honours when run locally. */
  public Map<String, String> environment(Layout layout, LocalPorts ports, String kafkaBootstrap) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SPRING_PROFILES_ACTIVE", "local");
    env.put("SERVER_PORT", Integer.toString(port()));
    env.put("SERVER_ADDRESS", "127.0.0.1");
    // Local load is a handful of users (or the benchmark's 64 clients): 200 Tomcat threads
    // and 10 idle ones per service are memory for nothing.
    env.put("SERVER_TOMCAT_THREADS_MAX", "64");
    env.put("SERVER_TOMCAT_THREADS_MIN_SPARE", "2");
    if (spec.equals(ServiceSpec.PORTAL)) {
      env.put("PORTAL_PORT", Integer.toString(port()));
      env.put("PORTAL_OIDC_ISSUER", ServiceSpec.AUTH_SERVER.baseUrl());
      return env;
    }
    if (!spec.hasDatabase()) {
      env.put("AUTH_PORT", Integer.toString(port()));
      env.put("AUTH_ISSUER", baseUrl());
      env.put("AUTH_KEY_FILE", layout.authKey().toString());
      return env;
    }
    env.put(
        "MONGODB_URI",
        "mongodb://127.0.0.1:"
            + ports.mongo()
            + "/"
            + spec.database()
            + "?uuidRepresentation=standard");
    env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
    env.put("SMTP_HOST", "127.0.0.1");
    env.put("SMTP_PORT", Integer.toString(ports.smtp()));
    env.put("SMS_GATEWAY_URL", "http://127.0.0.1:" + ports.sms());
    env.put("SMS_ESMS_API_KEY", ports.smsApiKey());
    env.put("SMS_ESMS_SECRET_KEY", ports.smsSecretKey());
    env.put("PLATFORM_SECURITY_ISSUER_URI", ServiceSpec.AUTH_SERVER.baseUrl());
    env.put("METRICS_PASSWORD", ServiceSpec.METRICS_PASSWORD);
    return env;
  }

  /**
   * {@code java <jvmOptions> <cache options> -jar <jar>}: {@code jvmOptions} from {@link
   * ServiceSpec#jvmOptions}, the jar and cache options from {@link ServiceCaches#prepare} (the
   * extracted jar with its AOT cache, or the fat jar).
   */
  public List<String> command(String java, List<String> jvmOptions, ServiceCaches.Start start) {
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(jvmOptions);
    command.addAll(start.cacheFlags());
    command.addAll(List.of("-jar", start.jar().toString()));
    return command;
  }
}
