package vn.dienbien.localstack.process;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Processes that are stopped together, in parallel (the services: one SIGTERM each, one wait). */
public final class ProcessGroup implements Stoppable {

  private final String name;
  private final List<ManagedProcess> members = new CopyOnWriteArrayList<>();

  public ProcessGroup(String name) {
    this.name = name;
  }

  private volatile boolean stopped;

  /** Adds a started process; if the group was already stopped, stops it at once and throws. */
  public ManagedProcess add(ManagedProcess process) {
    members.add(process);
    if (stopped) {
      process.stop(Duration.ofSeconds(20));
      throw new IllegalStateException("shutting down");
    }
    return process;
  }

  public List<ManagedProcess> members() {
    return List.copyOf(members);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void stop(Duration grace) {
    stopped = true;
    List<Thread> stoppers =
        members.stream()
            .map(p -> Thread.ofPlatform().name("stop-" + p.name()).start(() -> p.stop(grace)))
            .toList();
    for (Thread stopper : stoppers) {
      try {
        stopper.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        members.forEach(p -> p.handle().destroyForcibly());
        return;
      }
    }
  }
}
