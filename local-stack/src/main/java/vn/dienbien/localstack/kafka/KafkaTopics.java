package vn.dienbien.localstack.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import vn.dienbien.localstack.process.ManagedProcess;
import vn.dienbien.localstack.process.Readiness;

/** Waits for the broker with the AdminClient and creates the platform's topics if missing. */
public final class KafkaTopics {

  /** One topic per publishing service (ARCHITECTURE.md), 3 partitions, replication factor 1. */
  public static final List<String> TOPICS =
      List.of("directive-events", "report-events", "model-registry-events", "notification-events");

  public static final int PARTITIONS = 3;

  private KafkaTopics() {}

  /**
   * Blocks until the broker answers and all {@link #TOPICS} exist; returns the topics created now.
   */
  public static List<String> awaitAndCreate(
      String bootstrap, ManagedProcess broker, Duration timeout) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
    props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "local-stack");
    try (Admin admin = Admin.create(props)) {
      Readiness.await("Kafka", broker, timeout, () -> answers(admin));
      Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
      List<NewTopic> missing =
          TOPICS.stream()
              .filter(t -> !existing.contains(t))
              .map(t -> new NewTopic(t, PARTITIONS, (short) 1))
              .toList();
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
      }
      Readiness.await("Kafka topics", broker, Duration.ofSeconds(30), () -> described(admin));
      return missing.stream().map(NewTopic::name).toList();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Readiness.NotReadyException("interrupted while creating Kafka topics");
    } catch (Exception e) {
      if (e instanceof Readiness.NotReadyException notReady) {
        throw notReady;
      }
      throw new Readiness.NotReadyException("creating Kafka topics failed: " + e);
    }
  }

  private static boolean answers(Admin admin) {
    try {
      return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return false;
    }
  }

  private static boolean described(Admin admin) {
    try {
      return admin.describeTopics(TOPICS).allTopicNames().get(5, TimeUnit.SECONDS).values().stream()
          .allMatch(d -> d.partitions().stream().allMatch(p -> p.leader() != null));
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return false;
    }
  }
}
