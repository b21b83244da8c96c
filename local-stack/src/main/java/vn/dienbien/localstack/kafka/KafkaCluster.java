package vn.dienbien.localstack.kafka;

import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.Uuid;
import vn.dienbien.localstack.Topology;
import vn.dienbien.localstack.process.ManagedProcess;

/**
 * The Kafka nodes of a topology: {@code .local/kafka} for the single node, {@code
 * .local/cluster/kafka/node-<n>} for a cluster. Every node is formatted with the same cluster id.
 */
public final class KafkaCluster {

  private final Topology topology;
  private final List<KafkaBroker> brokers;

  public KafkaCluster(String java, Path libs, Path kafkaHome, Path logs, Topology topology) {
    this.topology = topology;
    this.brokers =
        topology.brokers().stream()
            .map(node ->
                new KafkaBroker(
                    java,
                    libs,
                    topology.isCluster() ? kafkaHome.resolve("node-" + node.id()) : kafkaHome,
                    logs,
                    topology,
                    node))
            .toList();
  }

  public List<KafkaBroker> brokers() {
    return brokers;
  }

  public String bootstrapServers() {
    return topology.bootstrapServers();
  }

  /** The id the formatted nodes share, or a new one when none is formatted yet. */
  public String clusterId() {
    return brokers.stream()
        .filter(KafkaBroker::formatted)
        .map(KafkaBroker::clusterId)
        .findFirst()
        .orElseGet(() -> Uuid.randomUuid().toString());
  }

  /** Starts every node (in parallel JVMs); readiness is checked by {@link TopicApplier#await}. */
  public List<ManagedProcess> start() {
    String id = clusterId();
    return brokers.stream().map(b -> b.start(id)).toList();
  }
}
