package vn.dienbien.localstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the platform's services as the launcher runs it. {@link #ALL} is the single list of
 * services: add a service here and run-local.sh builds, starts, waits for and prints it.
 */
public record ServiceSpec(String name, int port, String database) {

    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("directive-service", 8081, "directive"),
            new ServiceSpec("report-service", 8082, "report"),
            new ServiceSpec("model-registry-service", 8083, "model_registry"),
            new ServiceSpec("notification-service", 8084, "notification"));

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

    /** The environment contract every service honours when run locally. */
    public Map<String, String> environment(LocalPorts ports) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "local");
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("MONGODB_URI", "mongodb://127.0.0.1:" + ports.mongo() + "/" + database + "?uuidRepresentation=standard");
        env.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + ports.kafka());
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", Integer.toString(ports.smtp()));
        env.put("SMS_GATEWAY_URL", "http://127.0.0.1:" + ports.sms());
        env.put("SMS_ESMS_API_KEY", ports.smsApiKey());
        env.put("SMS_ESMS_SECRET_KEY", ports.smsSecretKey());
        return env;
    }

    /** {@code java -Xmx384m [SERVICE_JAVA_OPTS] -jar <jar>}. */
    public List<String> command(String java, Path root, List<String> extraJvmOptions) {
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx384m"));
        command.addAll(extraJvmOptions);
        command.addAll(List.of("-jar", jar(root).toString()));
        return command;
    }
}
