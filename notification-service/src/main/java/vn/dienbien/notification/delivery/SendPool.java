package vn.dienbien.notification.delivery;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.stereotype.Component;

/**
 * The dispatcher's senders: at most {@code notification.delivery.senders} deliveries are sent at
 * once, each on a platform thread that keeps its own SMTP connection open between mails. A sweep
 * waits for all its sends, so sweeps never overlap and the sweep's lock covers every send.
 */
@Component
class SendPool {

  private final ExecutorService threads;

  SendPool(DeliveryProperties properties) {
    this.threads =
        Executors.newFixedThreadPool(
            properties.senders(), Thread.ofPlatform().name("notification-sender-", 1).factory());
  }

  /** Runs every task, at most {@code senders} at a time, and returns when all have ended. */
  void runAll(List<Runnable> tasks) {
    List<Future<?>> running = tasks.stream().<Future<?>>map(threads::submit).toList();
    for (Future<?> task : running) {
      try {
        task.get();
      } catch (ExecutionException e) {
        // Each task handles its own failures; one that escaped still must not stop the others.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @PreDestroy
  void stop() {
    threads.shutdown();
  }
}
