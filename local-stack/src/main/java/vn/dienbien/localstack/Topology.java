package vn.dienbien.localstack;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.dienbien.contracts.topics.TopicPolicy;

/**
 * How many Kafka nodes and service instances a mode runs, and on which ports. Every Kafka node is
 * broker and controller (KRaft); node {@code n} listens on 9092+2(n-1) (clients) and 9093+2(n-1)
 * (controllers). Instance {@code i} of a service listens on its port + 100·(i-1).
 *
 * @param brokers the Kafka nodes
 * @param instances instances of every service except the auth server
 * @param topics replication, min ISR and partitions of the platform's topics
 */
public record Topology(List<KafkaNode> brokers, int instances, TopicPolicy topics) {

  /** One Kafka node (broker + controller). */
  public record KafkaNode(int id, int port, int controllerPort) {
    public String address() {
      return "127.0.0.1:" + port;
    }
  }

  public static final int INSTANCE_PORT_STEP = 100;

  /** {@code ./run-local.sh}: one broker, one instance of each service. */
  public static final Topology SINGLE = of(1, 1, TopicPolicy.SINGLE_NODE);

  /** {@code --cluster}: three brokers (replication 3, min ISR 2), two instances of each service. */
  public static final Topology CLUSTER = of(3, 2, TopicPolicy.THREE_BROKERS);

  private static Topology of(int brokers, int instances, TopicPolicy topics) {
    return new Topology(
        IntStream.rangeClosed(1, brokers)
            .mapToObj(n -> new KafkaNode(n, 9090 + 2 * n, 9091 + 2 * n))
            .toList(),
        instances,
        topics);
  }

  public boolean isCluster() {
    return brokers.size() > 1;
  }

  public String bootstrapServers() {
    return brokers.stream().map(KafkaNode::address).collect(Collectors.joining(","));
  }

  /** Every instance this topology runs of {@code services}, instance 1 of each first. */
  public List<ServiceInstance> instancesOf(List<ServiceSpec> services) {
    return IntStream.range(0, instances)
        .boxed()
        .flatMap(i ->
            services.stream()
                .filter(s -> i == 0 || s.replicated())
                .map(s -> new ServiceInstance(s, i, instances > 1 && s.replicated())))
        .toList();
  }
}
