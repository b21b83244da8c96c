package vn.dienbien.localstack.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import vn.dienbien.localstack.process.ManagedProcess;

/**
 * Makes each application's start-up cache ({@link ServiceCache}) usable before its first JVM of
 * this launcher run starts: extracts the fat jar when it changed and, on JDK 25+, runs the AOT
 * training once. Instances of the same application (cluster mode) wait for the one preparation.
 *
 * <p>The training run uses the service's real environment, so it runs against the running
 * infrastructure: it stops at the end of the context refresh ({@code
 * spring.context.exit=onRefresh}) before any lifecycle bean starts and before the application
 * runners, so no Kafka listener, outbox relay, scheduled job or seeder (ApplicationRunner) runs and
 * the web server never binds; the only writes are the idempotent index creations the beans make
 * when created, which the real start repeats anyway.
 */
public final class ServiceCaches {

  /** Set {@code SERVICE_AOT=off} to start every service from its fat jar, as before caches. */
  public static final String SWITCH = "SERVICE_AOT";

  private static final Duration EXTRACT_TIMEOUT = Duration.ofMinutes(2);

  /**
   * The least time a training run gets, whatever {@code --timeout} says: that option bounds a
   * service's readiness, while a training run also writes the cache after Spring's refresh, and the
   * four run at once on the first start after a build (four trainings killed at 180 s on a loaded
   * 2-core machine started their services with no cache at all).
   */
  static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(10);

  private final Path root;
  private final Path logs;
  private final String java;
  private final int jdkFeature;
  private final boolean enabled;
  private final Map<String, CompletableFuture<Start>> prepared = new ConcurrentHashMap<>();

  /** How to start an application: which jar, the cache options, and what preparing it did. */
  public record Start(Path jar, List<String> cacheFlags, String note) {}

  public ServiceCaches(Path root, Path logs, String java, int jdkFeature, boolean enabled) {
    this.root = root;
    this.logs = logs;
    this.java = java;
    this.jdkFeature = jdkFeature;
    this.enabled = enabled;
  }

  /** Caches under {@code <repo>/.local/aot/}, for the JDK running this launcher. */
  public static ServiceCaches forLauncher(Path repoRoot, Path logs, String java) {
    boolean enabled = !"off".equalsIgnoreCase(System.getenv().getOrDefault(SWITCH, "on").trim());
    return new ServiceCaches(
        repoRoot.resolve(".local").resolve("aot"),
        logs,
        java,
        Runtime.version().feature(),
        enabled);
  }

  /**
   * Prepares {@code name}'s cache once per launcher run (later calls wait for and reuse the first);
   * never fails the start: a failed extraction or training falls back to a plain start.
   */
  public Start prepare(
      String name, Path fatJar, List<String> jvm, Map<String, String> env, Duration timeout) {
    CompletableFuture<Start> mine = new CompletableFuture<>();
    CompletableFuture<Start> first = prepared.putIfAbsent(name, mine);
    if (first != null) {
      return first.join();
    }
    try {
      Start start =
          prepareNow(new ServiceCache(root.resolve(name), name), fatJar, jvm, env, timeout);
      mine.complete(start);
      return start;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    }
  }

  private Start prepareNow(
      ServiceCache cache,
      Path fatJar,
      List<String> jvm,
      Map<String, String> env,
      Duration timeout) {
    String fingerprint = ServiceCache.fingerprintOf(fatJar, jvm);
    CachePlan plan = cache.plan(jdkFeature, enabled, fingerprint);
    if (plan.kind() == CachePlan.Kind.NONE) {
      return new Start(fatJar, List.of(), "");
    }
    List<String> done = new ArrayList<>();
    Start failed = make(cache, plan, fatJar, jvm, env, timeout, done);
    if (failed != null) {
      return failed;
    }
    if (plan.extract() || plan.train()) {
      write(cache.fingerprintFile(), fingerprint);
    }
    String label = plan.kind() == CachePlan.Kind.AOT ? "AOT cache" : "CDS archive";
    return new Start(
        cache.extractedJar(),
        cache.runFlags(plan.kind()),
        done.isEmpty() ? label : label + ": " + String.join(", ", done));
  }

  /** Extracts and trains as planned, noting each in {@code done}; returns a fallback on failure. */
  private Start make(
      ServiceCache cache,
      CachePlan plan,
      Path fatJar,
      List<String> jvm,
      Map<String, String> env,
      Duration timeout,
      List<String> done) {
    if (plan.extract()) {
      if (!extract(cache, fatJar)) {
        return new Start(
            fatJar, List.of(), "extraction failed, fat jar (" + log(cache, "extract") + ")");
      }
      done.add("extracted");
    }
    if (plan.train()) {
      long t0 = System.nanoTime();
      if (!train(cache, jvm, env, timeout)) {
        return new Start(
            cache.extractedJar(),
            List.of(),
            "AOT training failed, no cache (" + log(cache, "aot-training") + ")");
      }
      done.add(String.format("trained in %.1f s", (System.nanoTime() - t0) / 1e9));
    }
    return null;
  }

  /** {@code java -Djarmode=tools -jar app.jar extract} into a fresh {@code app/}. */
  private boolean extract(ServiceCache cache, Path fatJar) {
    deleteTree(cache.dir());
    List<String> command =
        List.of(
            java,
            "-Djarmode=tools",
            "-jar",
            fatJar.toString(),
            "extract",
            "--destination",
            cache.extractedDir().toString());
    int code =
        ManagedProcess.run(
            cache.name() + "-extract",
            command,
            cache.dir(),
            log(cache, "extract"),
            EXTRACT_TIMEOUT);
    return code == 0 && Files.isRegularFile(cache.extractedJar());
  }

  private boolean train(
      ServiceCache cache, List<String> jvm, Map<String, String> env, Duration timeout) {
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(jvm);
    command.addAll(cache.trainingFlags());
    command.addAll(List.of("-jar", cache.extractedJar().toString()));
    int code =
        ManagedProcess.run(
            cache.name() + "-aot-training",
            command,
            env,
            cache.dir(),
            log(cache, "aot-training"),
            trainingBound(timeout));
    return code == 0 && Files.isRegularFile(cache.aotFile());
  }

  /** The longer of the readiness timeout and {@link #TRAINING_TIMEOUT}. */
  static Duration trainingBound(Duration readinessTimeout) {
    return readinessTimeout.compareTo(TRAINING_TIMEOUT) > 0 ? readinessTimeout : TRAINING_TIMEOUT;
  }

  private Path log(ServiceCache cache, String what) {
    return logs.resolve(cache.name() + "-" + what + ".log");
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static void deleteTree(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + dir, e);
    }
  }
}
