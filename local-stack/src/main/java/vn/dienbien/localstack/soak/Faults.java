package vn.dienbien.localstack.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import vn.dienbien.contracts.topics.TopicCatalog;
import vn.dienbien.contracts.topics.TopicSpec;

/**
 * The faults: kill -9 of the Kafka node leading the partition that received the most records
 * lately, of the instance of a service whose outbox relay holds the lease (found from its {@code
 * outbox.relay.leader} gauge), and the restart of the killed node. Each is logged with its time.
 */
final class Faults {

  /** One fault as injected. */
  record Fault(double at, String what, String process) {}

  private final Cluster cluster;
  private final Admin admin;
  private final Restoration restoration;
  private final long t0;
  private final List<Fault> done = new ArrayList<>();
  private Map<TopicPartition, Long> lastEnds = new HashMap<>();

  Faults(Cluster cluster, Admin admin, Restoration restoration, long t0) {
    this.cluster = cluster;
    this.admin = admin;
    this.restoration = restoration;
    this.t0 = t0;
  }

  synchronized List<Fault> done() {
    return List.copyOf(done);
  }

  /** When the last kill happened, in seconds from the start of the burst. */
  synchronized double lastKill() {
    return done.stream()
        .filter(f -> f.what().startsWith("kill"))
        .mapToDouble(Fault::at)
        .max()
        .orElse(0);
  }

  /** Remembers the end offsets now, so "busiest" later means most records since this call. */
  void markOffsets() throws Exception {
    lastEnds = ends();
  }

  /** Waits (at most {@code patience}) until the history topics got {@code records} new records. */
  void awaitTraffic(long records, Duration patience) throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    while (System.nanoTime() < deadline) {
      Map<TopicPartition, Long> now = ends();
      long grew =
          now.entrySet().stream()
              .mapToLong(e -> e.getValue() - lastEnds.getOrDefault(e.getKey(), 0L))
              .sum();
      if (grew >= records) {
        return;
      }
      Thread.sleep(200);
    }
  }

  /** Kills the leader of the history partition that grew most since {@link #markOffsets}. */
  int killBusiestLeader() throws Exception {
    Map<TopicPartition, Long> now = ends();
    TopicPartition busiest =
        now.keySet().stream()
            .max(Comparator.comparingLong(p -> now.get(p) - lastEnds.getOrDefault(p, 0L)))
            .orElseThrow();
    int leader =
        admin
            .describeTopics(List.of(busiest.topic()))
            .allTopicNames()
            .get(5, TimeUnit.SECONDS)
            .get(busiest.topic())
            .partitions()
            .get(busiest.partition())
            .leader()
            .id();
    long grew = now.get(busiest) - lastEnds.getOrDefault(busiest, 0L);
    kill(
        "Kafka node " + leader + ", leader of " + busiest + " (+" + grew + " records)",
        cluster.brokerProcess(leader));
    return leader;
  }

  /** Kills the instance of {@code service} whose relay holds the lease (waits up to 15 s). */
  void killRelayLeader(String service) {
    long started = System.nanoTime();
    long deadline = started + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      for (Cluster.Instance instance : cluster.instances()) {
        if (instance.service().equals(service)
            && cluster.isAlive(instance.name())
            && restoration.leads(instance)) {
          kill(
              "%s instance holding the outbox relay lease (found in %.1f s)"
                  .formatted(service, (System.nanoTime() - started) / 1e9),
              instance.name());
          return;
        }
      }
      Steps.pause();
    }
    Cluster.Instance any =
        cluster.instances().stream()
            .filter(i -> i.service().equals(service) && cluster.isAlive(i.name()))
            .findFirst()
            .orElseThrow();
    kill(service + " instance (no relay lease seen within 15 s)", any.name());
  }

  void restartBroker(int nodeId) {
    cluster.restartBroker(nodeId);
    record("restart of Kafka node " + nodeId, cluster.brokerProcess(nodeId));
  }

  private void kill(String what, String process) {
    cluster.kill(process);
    record("kill -9 " + what, process);
  }

  private synchronized void record(String what, String process) {
    Fault fault = new Fault((System.nanoTime() - t0) / 1e9, what, process);
    done.add(fault);
    System.out.printf("  [%6.1f s] %s (%s)%n", fault.at(), what, process);
  }

  private Map<TopicPartition, Long> ends() throws Exception {
    List<String> topics = TopicCatalog.HISTORY.stream().map(TopicSpec::name).toList();
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    admin
        .describeTopics(topics)
        .allTopicNames()
        .get(5, TimeUnit.SECONDS)
        .forEach((topic, d) ->
            d.partitions()
                .forEach(p ->
                    latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
    Map<TopicPartition, Long> ends = new HashMap<>();
    admin
        .listOffsets(latest)
        .all()
        .get(10, TimeUnit.SECONDS)
        .forEach((p, info) -> ends.put(p, info.offset()));
    return ends;
  }
}
