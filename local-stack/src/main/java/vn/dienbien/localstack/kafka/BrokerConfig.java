package vn.dienbien.localstack.kafka;

import java.nio.file.Path;
import java.util.stream.Collectors;
import vn.dienbien.localstack.Topology;

/** server.properties of a local KRaft node; cluster nodes carry the production safety settings. */
final class BrokerConfig {

  static final String LOG4J =
      """
      status = warn
      appender.out.type = Console
      appender.out.name = OUT
      appender.out.layout.type = PatternLayout
      appender.out.layout.pattern = [%d] %p %m (%c)%n
      rootLogger.level = INFO
      rootLogger.appenderRef.out.ref = OUT
      logger.state.name = state.change.logger
      logger.state.level = WARN
      logger.request.name = kafka.request.logger
      logger.request.level = WARN
      """;

  private BrokerConfig() {}

  static String render(Topology topology, Topology.KafkaNode node, Path dataDir) {
    int copies = topology.topics().replicationFactor();
    int minIsr = topology.topics().minInsyncReplicas();
    String quorum =
        topology.isCluster()
            ? "controller.quorum.voters="
                + topology.brokers().stream()
                    .map(n -> n.id() + "@127.0.0.1:" + n.controllerPort())
                    .collect(Collectors.joining(","))
            : "controller.quorum.bootstrap.servers=127.0.0.1:" + node.controllerPort();
    return """
    # Written by run-local.sh (vn.dienbien.localstack.kafka.BrokerConfig) on every start.
    process.roles=broker,controller
    node.id=%1$d
    %2$s
    listeners=PLAINTEXT://127.0.0.1:%3$d,CONTROLLER://127.0.0.1:%4$d
    advertised.listeners=PLAINTEXT://127.0.0.1:%3$d
    listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
    inter.broker.listener.name=PLAINTEXT
    controller.listener.names=CONTROLLER
    log.dirs=%5$s
    # Platform topics are created by the topic tool (TopicCatalog); these cover the rest.
    num.partitions=%6$d
    default.replication.factor=%7$d
    min.insync.replicas=%8$d
    unclean.leader.election.enable=false
    auto.create.topics.enable=%9$s
    offsets.topic.replication.factor=%7$d
    offsets.topic.num.partitions=10
    transaction.state.log.replication.factor=%7$d
    transaction.state.log.min.isr=%8$d
    share.coordinator.state.topic.replication.factor=%7$d
    share.coordinator.state.topic.min.isr=%8$d
    group.initial.rebalance.delay.ms=0
    log.retention.hours=168
    """
        .formatted(
            node.id(),
            quorum,
            node.port(),
            node.controllerPort(),
            dataDir,
            topology.topics().partitions(),
            copies,
            minIsr,
            !topology.isCluster());
  }
}
