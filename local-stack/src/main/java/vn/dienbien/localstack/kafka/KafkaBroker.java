package vn.dienbien.localstack.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dienbien.localstack.Topology;
import vn.dienbien.localstack.process.ManagedProcess;

/**
 * One KRaft node (broker and controller) in its own JVM ({@code kafka.Kafka}), classpath {@code
 * local-stack/target/kafka-libs/*}. Storage is formatted on first start only. A single node uses a
 * dynamic quorum of itself; the nodes of a cluster share a static voter list and a cluster id.
 */
public final class KafkaBroker {

  private final String java;
  private final Path libs;
  private final Path home;
  private final Path logs;
  private final Topology topology;
  private final Topology.KafkaNode node;

  /**
   * @param java path of the java executable
   * @param libs directory with the broker jars and the log4j2 backend
   * @param home this node's directory: server.properties, log4j2 config and {@code data/}
   * @param logs directory for the node's log and format log
   */
  public KafkaBroker(
      String java, Path libs, Path home, Path logs, Topology topology, Topology.KafkaNode node) {
    this.java = java;
    this.libs = libs;
    this.home = home;
    this.logs = logs;
    this.topology = topology;
    this.node = node;
  }

  public String name() {
    return topology.isCluster() ? "kafka-" + node.id() : "kafka";
  }

  public Topology.KafkaNode node() {
    return node;
  }

  public Path dataDir() {
    return home.resolve("data");
  }

  public boolean formatted() {
    return Files.exists(dataDir().resolve("meta.properties"));
  }

  /** The cluster id this node was formatted with, if it was. */
  public String clusterId() {
    try {
      return Files.readAllLines(dataDir().resolve("meta.properties")).stream()
          .filter(l -> l.startsWith("cluster.id="))
          .map(l -> l.substring("cluster.id=".length()).trim())
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the configuration, formats the storage if it never was, and starts the node's JVM. */
  public ManagedProcess start(String clusterId) {
    writeConfig();
    if (!formatted()) {
      format(clusterId);
    }
    List<String> command =
        topology.isCluster() ? jvm("-Xms96m", "-Xmx384m") : jvm("-Xms128m", "-Xmx512m");
    command.add("kafka.Kafka");
    command.add(home.resolve("server.properties").toString());
    return ManagedProcess.start(name(), command, Map.of(), home, logs.resolve(name() + ".log"));
  }

  private void format(String clusterId) {
    List<String> command = jvm("-Xmx256m");
    command.addAll(List.of("kafka.tools.StorageTool", "format"));
    if (!topology.isCluster()) {
      command.add("--standalone"); // a dynamic quorum of this one controller
    }
    command.addAll(List.of("-t", clusterId, "-c", home.resolve("server.properties").toString()));
    Path log = logs.resolve(name() + "-format.log");
    int exit = ManagedProcess.run(name() + "-format", command, home, log, Duration.ofSeconds(60));
    if (exit != 0) {
      throw new IllegalStateException(
          "formatting Kafka storage failed (exit " + exit + "), see " + log);
    }
  }

  private List<String> jvm(String... heap) {
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(List.of(heap));
    command.addAll(
        List.of(
            "-XX:+UseSerialGC",
            "-Djava.awt.headless=true",
            "-Dlog4j2.shutdownHookEnabled=false",
            "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties").toUri(),
            "-cp",
            libs.toAbsolutePath() + "/*"));
    return command;
  }

  private void writeConfig() {
    try {
      Files.createDirectories(dataDir());
      Files.writeString(
          home.resolve("server.properties"),
          BrokerConfig.render(topology, node, dataDir().toAbsolutePath()));
      Files.writeString(home.resolve("log4j2.properties"), BrokerConfig.LOG4J);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write Kafka configuration under " + home, e);
    }
  }
}
