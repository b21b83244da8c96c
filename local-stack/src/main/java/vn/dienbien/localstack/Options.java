package vn.dienbien.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Command line of the launcher (run-local.sh passes its arguments through). */
public record Options(
    Mode mode,
    boolean infraOnly,
    boolean listJars,
    Duration timeout,
    Path home,
    List<String> serviceJvmOptions,
    List<ServiceSpec> services) {

  /**
   * Default extra options of the service JVMs: C1 only and the serial collector. Measured here (4
   * services on 2 cores) 41 s instead of 57 s to all-ready and ~60 MB less RSS per service; peak
   * throughput does not matter locally. They follow the heap limit of {@link
   * ServiceSpec#jvmOptions}; SERVICE_JAVA_OPTS="" leaves only that limit.
   */
  static final String DEFAULT_SERVICE_JAVA_OPTS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

  static final String USAGE =
      """
      Usage: ./run-local.sh [--cluster | --soak | --bench] [--infra-only] [--timeout=SECONDS] [--services=a,b]
        --cluster          three Kafka brokers (replication 3, min ISR 2) and two instances of each
                           service (ports +100); data under .local/cluster/
        --soak             start a fresh cluster under .local/soak/, run a burst while killing a
                           partition leader, one instance of each service and the relay lease
                           holders, print what was lost or duplicated and the recovery time, stop
        --bench            start a fresh single-node stack under .local/bench/, measure the raw store,
                           broker and SMTP limits and the project (submissions at 1/8/32/64 clients,
                           relay drain, consumer catch-up, a 45-commune fan-out, ready time and RSS of
                           each service) in the same run, print a table and a "bench:" line, stop
        --infra-only       start only Kafka, MongoDB, mail and SMS (no services)
        --timeout=SECONDS  how long each service may take to become ready (default 180, cluster 300)
        --services=a,b     start only these services (and the auth server)
      Environment: SERVICE_JAVA_OPTS  extra JVM options for the service JVMs
                   (default: -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
                   SERVICE_AOT=off    start the fat jars without the start-up cache
                   (default: extracted jars with an AOT cache under .local/aot/, trained once)\
      """;

  /** Parses arguments; returns null (after printing usage) for --help or a bad argument. */
  static Options parse(String[] args) {
    Mode mode = Mode.SINGLE;
    boolean infraOnly = false;
    boolean listJars = false;
    List<ServiceSpec> services = ServiceSpec.ALL;
    Duration timeout = null;
    Path home = Path.of("").toAbsolutePath();
    for (String arg : args) {
      Mode selected = Mode.ofFlag(arg);
      if (selected != null) {
        mode = selected;
      } else if (arg.equals("--infra-only")) {
        infraOnly = true;
      } else if (arg.equals("--list-jars")) {
        listJars = true;
      } else if (arg.startsWith("--timeout=") && arg.substring(10).matches("[0-9]+")) {
        timeout = Duration.ofSeconds(Long.parseLong(arg.substring(10)));
      } else if (arg.startsWith("--services=")) {
        services = selectServices(arg);
        if (services == null) {
          return null;
        }
      } else if (arg.startsWith("--home=")) {
        home = Path.of(arg.substring(7)).toAbsolutePath().normalize();
      } else {
        return usage(arg.equals("--help") || arg.equals("-h") ? "" : "Unknown argument " + arg);
      }
    }
    boolean measuring = mode == Mode.SOAK || mode == Mode.BENCH;
    if (measuring && (infraOnly || services != ServiceSpec.ALL)) {
      return usage("--soak and --bench run every service; they take no --infra-only or --services");
    }
    if (measuring) {
      // Soak and bench drive the services' APIs as the portal would; the portal is not needed.
      services = ServiceSpec.ALL.stream().filter(s -> !s.equals(ServiceSpec.PORTAL)).toList();
    }
    if (timeout == null) {
      timeout = Duration.ofSeconds(mode.topology().isCluster() ? 300 : 180);
    }
    String extra =
        System.getenv().getOrDefault("SERVICE_JAVA_OPTS", DEFAULT_SERVICE_JAVA_OPTS).trim();
    List<String> jvm = extra.isEmpty() ? List.of() : Arrays.asList(extra.split("\\s+"));
    return new Options(
        mode, infraOnly, listJars, timeout, home, jvm, infraOnly ? List.of() : services);
  }

  /** The instances to start: every selected service, once or (cluster) per instance. */
  List<ServiceInstance> instances() {
    return mode.topology().instancesOf(services);
  }

  private static List<ServiceSpec> selectServices(String arg) {
    List<String> names = Arrays.asList(arg.substring(11).split(","));
    List<String> known = ServiceSpec.ALL.stream().map(ServiceSpec::name).toList();
    if (!known.containsAll(names)) {
      System.out.println("Unknown service in " + arg + "; known: " + known);
      return null;
    }
    return ServiceSpec.ALL.stream()
        .filter(s -> names.contains(s.name()) || s.equals(ServiceSpec.AUTH_SERVER))
        .toList();
  }

  private static Options usage(String problem) {
    System.out.println((problem.isEmpty() ? "" : problem + "\n") + USAGE);
    return null;
  }
}
