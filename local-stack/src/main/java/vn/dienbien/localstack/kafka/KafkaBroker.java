package vn.dienbien.localstack.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.Uuid;
import vn.dienbien.localstack.process.ManagedProcess;

/**
 * Single-node KRaft Kafka broker+controller in its own JVM ({@code kafka.Kafka}), classpath {@code
 * local-stack/target/kafka-libs/*}. Storage is formatted on first start only.
 */
public final class KafkaBroker {

  private final String java;
  private final Path libs;
  private final Path home;
  private final Path logs;
  private final int port;
  private final int controllerPort;

  /**
   * @param java path of the java executable
   * @param libs directory with the broker jars and the log4j2 backend
   * @param home {@code .local/kafka}: server.properties, log4j2 config and {@code data/}
   * @param logs directory for {@code kafka.log} and {@code kafka-format.log}
   */
  public KafkaBroker(String java, Path libs, Path home, Path logs, int port, int controllerPort) {
    this.java = java;
    this.libs = libs;
    this.home = home;
    this.logs = logs;
    this.port = port;
    this.controllerPort = controllerPort;
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  public Path dataDir() {
    return home.resolve("data");
  }

  /** Writes the configuration, formats the storage if it never was, and starts the broker JVM. */
  public ManagedProcess start() {
    writeConfig();
    if (!Files.exists(dataDir().resolve("meta.properties"))) {
      format();
    }
    List<String> command = jvm("-Xms128m", "-Xmx512m");
    command.add("kafka.Kafka");
    command.add(home.resolve("server.properties").toString());
    return ManagedProcess.start("kafka", command, Map.of(), home, logs.resolve("kafka.log"));
  }

  private void format() {
    String clusterId = Uuid.randomUuid().toString();
    List<String> command = jvm("-Xmx256m");
    command.addAll(
        List.of(
            "kafka.tools.StorageTool",
            "format",
            "--standalone",
            "-t",
            clusterId,
            "-c",
            home.resolve("server.properties").toString()));
    int exit =
        ManagedProcess.run(
            "kafka-format",
            command,
            home,
            logs.resolve("kafka-format.log"),
            Duration.ofSeconds(60));
    if (exit != 0) {
      throw new IllegalStateException(
          "formatting Kafka storage failed (exit "
              + exit
              + "), see "
              + logs.resolve("kafka-format.log"));
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
    String properties =
        """
        # Written by run-local.sh (vn.dienbien.localstack.kafka.KafkaBroker) on every start.
        process.roles=broker,controller
        node.id=1
        controller.quorum.bootstrap.servers=127.0.0.1:%2$d
        listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
        advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
        listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
        inter.broker.listener.name=PLAINTEXT
        controller.listener.names=CONTROLLER
        log.dirs=%3$s
        num.partitions=3
        auto.create.topics.enable=true
        offsets.topic.replication.factor=1
        offsets.topic.num.partitions=10
        transaction.state.log.replication.factor=1
        transaction.state.log.min.isr=1
        share.coordinator.state.topic.replication.factor=1
        share.coordinator.state.topic.min.isr=1
        group.initial.rebalance.delay.ms=0
        log.retention.hours=168
        """
            .formatted(port, controllerPort, dataDir().toAbsolutePath());
    String log4j =
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
    try {
      Files.createDirectories(dataDir());
      Files.writeString(home.resolve("server.properties"), properties);
      Files.writeString(home.resolve("log4j2.properties"), log4j);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write Kafka configuration under " + home, e);
    }
  }
}
