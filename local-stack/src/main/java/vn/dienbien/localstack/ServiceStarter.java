package vn.dienbien.localstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import vn.dienbien.localstack.process.ManagedProcess;
import vn.dienbien.localstack.process.ProcessGroup;
import vn.dienbien.localstack.process.Readiness;
import vn.dienbien.localstack.startup.ServiceCaches;
import vn.dienbien.localstack.startup.SpringAot;

/**
 * Starts service JVMs, each in its own thread, and waits for their readiness in parallel: the one
 * place that decides how a service JVM is started ({@link #launch}: environment, JVM options, the
 * start-up cache prepared by {@link ServiceCaches}). Each instance prints its own progress line
 * when it is ready, timed from the moment its start began (cache preparation included).
 */
final class ServiceStarter {

  private final Layout layout;
  private final LocalPorts ports;
  private final Topology topology;
  private final ServiceCaches caches;
  private final UnaryOperator<ManagedProcess> remember;
  private final Map<String, CompletableFuture<Void>> pending = new ConcurrentHashMap<>();
  private final Map<String, String> notes = new ConcurrentHashMap<>();
  private final ExecutorService threads =
      Executors.newThreadPerTaskExecutor(
          Thread.ofPlatform().daemon().name("service-start-", 0).factory());

  ServiceStarter(
      Layout layout, LocalPorts ports, Topology topology, UnaryOperator<ManagedProcess> remember) {
    this.layout = layout;
    this.ports = ports;
    this.topology = topology;
    this.caches = ServiceCaches.forLauncher(layout.root(), layout.logs(), Layout.java());
    this.remember = remember;
  }

  /**
   * Environment of every service JVM (its training run too): glibc gives each thread that allocates
   * natively an arena of its own (up to 8 per core), which the Kafka, Mongo and Tomcat threads fill
   * and never return; two arenas hold the same allocations in less resident memory.
   */
  static final Map<String, String> NATIVE_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

  /**
   * The options after the heap limit of {@link ServiceSpec#jvmOptions}: the launcher's memory
   * tuning for the JDK that runs the services ({@code jdkFeature}: flags a JDK does not know are
   * left out, so JDK 21 starts with the rest), then SERVICE_JAVA_OPTS, which can override them (the
   * last occurrence of a flag wins).
   *
   * <ul>
   *   <li>{@code -XX:NewRatio=8}: the young generation is a ninth of the heap (28 MB of 256 MB)
   *       instead of a third (85 MB). Its eden is touched in full between two collections, so it is
   *       resident whatever the live data; the services keep 50–60 MB in the old generation after
   *       the bench's load. More frequent minor collections, each as cheap (few survivors).
   *   <li>{@code -XX:+UseCompactObjectHeaders} (JDK 25+, JEP 519): 8-byte object headers, about a
   *       tenth less heap for the same objects.
   *   <li>{@code -Dspring.aot.enabled=true} when the jar holds Spring AOT output ({@code
   *       springAot}, {@link SpringAot#inJar}): the bean graph fixed at build time instead of the
   *       configuration classes and conditions evaluated at every start. In the training run too,
   *       so the AOT cache is trained on the path the real start takes. SERVICE_JAVA_OPTS={@code
   *       -Dspring.aot.enabled=false} turns it off.
   * </ul>
   */
  static List<String> jvmOptions(int jdkFeature, boolean springAot, List<String> serviceJavaOpts) {
    List<String> flags = new ArrayList<>(List.of("-XX:NewRatio=8"));
    if (jdkFeature >= 25) {
      flags.add("-XX:+UseCompactObjectHeaders");
    }
    if (springAot) {
      flags.add(SpringAot.ENABLE);
    }
    flags.addAll(serviceJavaOpts);
    return List.copyOf(flags);
  }

  /**
   * Starts one instance's JVM (not waiting for it): the first instance of an application prepares
   * its cache (extraction, AOT training) first; the others wait for that and reuse it.
   */
  ManagedProcess launch(ServiceInstance service, Options options) {
    Map<String, String> env = new HashMap<>(NATIVE_ENVIRONMENT);
    env.putAll(service.environment(layout, ports, topology.bootstrapServers()));
    if (service.spec().hasDatabase()) {
      env.putAll(options.mode().serviceEnvironment(layout));
    }
    Path jar = service.spec().jar(layout.root());
    boolean springAot = SpringAot.inJar(jar);
    List<String> jvm =
        service
            .spec()
            .jvmOptions(
                jvmOptions(Runtime.version().feature(), springAot, options.serviceJvmOptions()));
    ServiceCaches.Start start =
        caches.prepare(service.spec().name(), jar, jvm, env, options.timeout());
    notes.put(service.name(), note(start.note(), springAot));
    return ManagedProcess.start(
        service.name(),
        service.command(Layout.java(), jvm, start),
        env,
        layout.root(),
        layout.logs().resolve(service.name() + ".log"));
  }

  /** The ready line's detail: the start-up cache, and Spring AOT when the jar has it. */
  static String note(String cacheNote, boolean springAot) {
    if (!springAot) {
      return cacheNote;
    }
    return cacheNote.isEmpty() ? "Spring AOT" : cacheNote + "; Spring AOT";
  }

  /**
   * Begins starting {@code instances} not begun yet, each in its own thread, into {@code group}.
   */
  void begin(List<ServiceInstance> instances, Options options, ProcessGroup group) {
    for (ServiceInstance service : instances) {
      pending.computeIfAbsent(
          service.name(),
          name ->
              CompletableFuture.runAsync(() -> startAndAwait(service, options, group), threads));
    }
  }

  private void startAndAwait(ServiceInstance service, Options options, ProcessGroup group) {
    Step step = Step.begin(service.name() + " :" + service.port());
    try {
      ManagedProcess process = remember.apply(group.add(launch(service, options)));
      Readiness.await(
          service.name(),
          process,
          options.timeout(),
          () -> Readiness.answers200(service.readinessUrl()));
    } catch (RuntimeException e) {
      step.failed();
      throw e;
    }
    step.ready(notes.get(service.name()));
  }

  /** Waits until every begun instance is ready; the first one to fail ends the wait. */
  void awaitAll() {
    CompletableFuture<Void> failed = new CompletableFuture<>();
    List<CompletableFuture<Void>> all = List.copyOf(pending.values());
    all.forEach(f ->
        f.whenComplete((ok, e) -> {
          if (e != null) {
            failed.completeExceptionally(e);
          }
        }));
    try {
      CompletableFuture.anyOf(
              CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)), failed)
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Readiness.NotReadyException("interrupted while the services started");
    } catch (ExecutionException e) {
      Throwable cause =
          e.getCause() instanceof java.util.concurrent.CompletionException c
              ? c.getCause()
              : e.getCause();
      throw cause instanceof RuntimeException r
          ? r
          : new Readiness.NotReadyException("service start failed: " + cause);
    }
  }
}
