package vn.dienbien.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.dienbien.localstack.bench.Bench;
import vn.dienbien.localstack.process.ManagedProcess;
import vn.dienbien.localstack.process.PidFiles;
import vn.dienbien.localstack.process.Ports;
import vn.dienbien.localstack.process.Supervisor;
import vn.dienbien.localstack.soak.Soak;

/**
 * Entry point of {@code ./run-local.sh}: starts Kafka, the MongoDB-compatible store, mail, SMS and
 * the services on 127.0.0.1 (one broker and one instance each, or a cluster), prints where they
 * are, and stops everything on Ctrl-C. With {@code --soak} it runs the fault soak and exits, with
 * {@code --bench} the benchmark.
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
    Mode mode = options.mode();
    Layout layout = mode.layout(options.home());
    LocalPorts ports = LocalPorts.DEFAULT;
    List<ServiceInstance> instances = options.instances();
    PidFiles pids = new PidFiles(layout.pids());
    String problem = preflight(layout, ports, mode, pids, instances);
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
            + (mode == Mode.SINGLE
                ? ""
                : " (" + mode.name().toLowerCase() + ", " + layout.local() + ")")
            + (options.infraOnly() ? " (infrastructure only)" : ""));
    Stack stack = new Stack(layout, ports, mode.topology(), supervisor, pids);
    try {
      if (!instances.isEmpty()) {
        stack.startEarly(options);
      }
      stack.startInfrastructure();
      if (!instances.isEmpty()) {
        stack.startServices(options);
      }
    } catch (RuntimeException e) {
      if (supervisor.isStopping()) {
        return 130;
      }
      System.err.println("\nStart failed: " + e.getMessage());
      return 1;
    }
    Banner.print(layout, ports, mode.topology(), instances, (System.nanoTime() - t0) / 1e9);
    Banner.printMemory(stack.processes());
    if (mode == Mode.SOAK) {
      return new Soak(new SoakHarness(stack, instances)).run() ? 0 : 1;
    }
    if (mode == Mode.BENCH) {
      return new Bench(new BenchHarness(stack, options, ports)).run() ? 0 : 1;
    }
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
      Layout layout, LocalPorts ports, Mode mode, PidFiles pids, List<ServiceInstance> services) {
    Optional<Long> running = pids.runningLauncher();
    if (running.isPresent()) {
      return "A local stack is already running from "
          + layout.local()
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
            .map(s -> s.spec().jar(layout.root()))
            .distinct()
            .filter(jar -> !Files.isRegularFile(jar))
            .map(Object::toString)
            .toList();
    if (!missing.isEmpty()) {
      return "Missing service jar(s): "
          + String.join(", ", missing)
          + "\nBuild them with: mvn -DskipTests install   (or start only the infrastructure: --infra-only)";
    }
    pids.stopLeftovers(GRACE);
    List<String> busy = Ports.busy(ports.describe(mode.topology(), services));
    if (!busy.isEmpty()) {
      return "Port(s) already in use on 127.0.0.1: "
          + String.join(", ", busy)
          + "\nStop whatever is listening there (see: ss -ltnp) and start again.";
    }
    if (mode.freshData()) {
      wipe(layout.local(), layout.pids());
    }
    return null;
  }

  /** Deletes a mode's state directory, keeping its pid files (this launcher's own is there). */
  private static void wipe(Path dir, Path keep) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        if (!p.startsWith(keep) && !p.equals(dir)) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + dir, e);
    }
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
