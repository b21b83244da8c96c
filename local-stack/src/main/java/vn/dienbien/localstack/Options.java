package vn.dienbien.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Command line of the launcher (run-local.sh passes its arguments through). */
public record Options(
    boolean infraOnly,
    boolean listJars,
    Duration timeout,
    Path home,
    List<String> serviceJvmOptions,
    List<ServiceSpec> services) {

  /**
   * Default extra options of the service JVMs: C1 only and the serial collector. Measured here (4
   * services on 2 cores) 41 s instead of 57 s to all-ready and ~60 MB less RSS per service; peak
   * throughput does not matter locally. SERVICE_JAVA_OPTS="" restores plain -Xmx384m.
   */
  static final String DEFAULT_SERVICE_JAVA_OPTS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

  static final String USAGE =
      """
      Usage: ./run-local.sh [--infra-only] [--timeout=SECONDS]
        --infra-only       start only Kafka, MongoDB, mail and SMS (no services)
        --timeout=SECONDS  how long each service may take to become ready (default 180)
        --services=a,b     start only these services (and the auth server)
      Environment: SERVICE_JAVA_OPTS  extra JVM options for the service JVMs
                   (default: -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)\
      """;

  /** Parses arguments; returns null (after printing usage) for --help or a bad argument. */
  static Options parse(String[] args) {
    boolean infraOnly = false;
    boolean listJars = false;
    List<ServiceSpec> services = ServiceSpec.ALL;
    Duration timeout = Duration.ofSeconds(180);
    Path home = Path.of("").toAbsolutePath();
    for (String arg : args) {
      if (arg.equals("--infra-only")) {
        infraOnly = true;
      } else if (arg.equals("--list-jars")) {
        listJars = true;
      } else if (arg.startsWith("--timeout=") && arg.substring(10).matches("[0-9]+")) {
        timeout = Duration.ofSeconds(Long.parseLong(arg.substring(10)));
      } else if (arg.startsWith("--services=")) {
        List<String> names = Arrays.asList(arg.substring(11).split(","));
        services =
            ServiceSpec.ALL.stream()
                .filter(s -> names.contains(s.name()) || s.equals(ServiceSpec.AUTH_SERVER))
                .toList();
        if (!ServiceSpec.ALL.stream().map(ServiceSpec::name).toList().containsAll(names)) {
          System.out.println(
              "Unknown service in "
                  + arg
                  + "; known: "
                  + ServiceSpec.ALL.stream().map(ServiceSpec::name).toList());
          return null;
        }
      } else if (arg.startsWith("--home=")) {
        home = Path.of(arg.substring(7)).toAbsolutePath().normalize();
      } else {
        System.out.println(
            (arg.equals("--help") || arg.equals("-h") ? "" : "Unknown argument " + arg + "\n")
                + USAGE);
        return null;
      }
    }
    String extra =
        System.getenv().getOrDefault("SERVICE_JAVA_OPTS", DEFAULT_SERVICE_JAVA_OPTS).trim();
    List<String> jvm = extra.isEmpty() ? List.of() : Arrays.asList(extra.split("\\s+"));
    return new Options(infraOnly, listJars, timeout, home, jvm, infraOnly ? List.of() : services);
  }
}
