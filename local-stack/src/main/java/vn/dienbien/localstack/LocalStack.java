package vn.dienbien.localstack;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dienbien.localstack.process.ManagedProcess;
import vn.dienbien.localstack.process.PidFiles;
import vn.dienbien.localstack.process.Ports;
import vn.dienbien.localstack.process.Supervisor;

/**
 * Entry point of {@code ./run-local.sh}: starts Kafka, the MongoDB-compatible store, mail, SMS and
 * the four services on 127.0.0.1, prints where they are, and stops everything on Ctrl-C.
 */
public final class LocalStack {

  static final Duration GRACE = Duration.ofSeconds(20);

  private LocalStack() {}

  public static void main(String[] args) {
    Options options = Options.parse(args);
    if (options == null) {
      System.exit(2);
    }
    if (options.listJars()) {
      listJars(options);
      return;
    }
    System.exit(run(options));
  }

  static int run(Options options) {
    long t0 = System.nanoTime();
    Layout layout = new Layout(options.home());
    LocalPorts ports = LocalPorts.DEFAULT;
    PidFiles pids = new PidFiles(layout.pids());
    String problem = preflight(layout, ports, pids, options.services());
    if (problem != null) {
      System.err.println(problem);
      return 1;
    }
    Supervisor supervisor = new Supervisor(pids, GRACE);
    pids.recordLauncher();
    Thread main = Thread.currentThread();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("\nStopping the local stack …");
                  main.interrupt();
                  supervisor.stopAll();
                  System.out.println("Stopped. Data kept under " + layout.local());
                },
                "local-stack-stop"));

    System.out.println(
        "Starting the local stack in "
            + layout.root()
            + (options.infraOnly() ? " (infrastructure only)" : ""));
    Stack stack = new Stack(layout, ports, supervisor, pids);
    try {
      stack.startInfrastructure();
      if (!options.services().isEmpty()) {
        stack.startServices(options);
      }
    } catch (RuntimeException e) {
      if (supervisor.isStopping()) {
        return 130;
      }
      System.err.println("\nStart failed: " + e.getMessage());
      return 1;
    }
    Banner.print(layout, ports, options.services(), (System.nanoTime() - t0) / 1e9);
    Banner.printMemory(stack.processes());
    watch(stack.processes(), supervisor);
    return 0;
  }

  /** For run-local.sh: the jars that must exist (and be fresh) before this mode can start. */
  private static void listJars(Options options) {
    System.out.println(options.home().resolve("local-stack/target/local-stack.jar"));
    options.services().forEach(s -> System.out.println(s.jar(options.home())));
  }

  /** Returns why the stack cannot start, or null. */
  private static String preflight(
      Layout layout, LocalPorts ports, PidFiles pids, List<ServiceSpec> services) {
    Optional<Long> running = pids.runningLauncher();
    if (running.isPresent()) {
      return "A local stack is already running from "
          + layout.root()
          + " (launcher pid "
          + running.get()
          + "). Stop it with Ctrl-C in its terminal, or: kill -TERM "
          + running.get();
    }
    if (!Files.isDirectory(layout.kafkaLibs())) {
      return "Missing "
          + layout.kafkaLibs()
          + ": build first (mvn -DskipTests install, or ./run-local.sh).";
    }
    List<String> missing =
        services.stream()
            .map(s -> s.jar(layout.root()))
            .filter(jar -> !Files.isRegularFile(jar))
            .map(Object::toString)
            .toList();
    if (!missing.isEmpty()) {
      return "Missing service jar(s): "
          + String.join(", ", missing)
          + "\nBuild them with: mvn -DskipTests install   (or start only the infrastructure: --infra-only)";
    }
    pids.stopLeftovers(GRACE);
    List<String> busy = Ports.busy(ports.describe(services));
    if (!busy.isEmpty()) {
      return "Port(s) already in use on 127.0.0.1: "
          + String.join(", ", busy)
          + "\nStop whatever is listening there (see: ss -ltnp) and start again.";
    }
    return null;
  }

  /** Runs until interrupted by the shutdown hook; reports a child that exits on its own. */
  private static void watch(List<ManagedProcess> processes, Supervisor supervisor) {
    Set<String> reported = new HashSet<>();
    while (!supervisor.isStopping()) {
      for (ManagedProcess p : processes) {
        if (!p.isAlive() && reported.add(p.name()) && !supervisor.isStopping()) {
          System.err.println(
              "\n!! "
                  + p.name()
                  + " exited on its own with code "
                  + p.exitCode()
                  + "; last lines of "
                  + p.logFile()
                  + ":\n"
                  + p.tail(20)
                  + "\n");
        }
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return; // the shutdown hook is stopping everything; System.exit waits for it
      }
    }
  }
}
