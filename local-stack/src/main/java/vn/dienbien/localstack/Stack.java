package vn.dienbien.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import vn.dienbien.localstack.kafka.KafkaAdmin;
import vn.dienbien.localstack.kafka.KafkaBroker;
import vn.dienbien.localstack.kafka.KafkaCluster;
import vn.dienbien.localstack.kafka.TopicApplier;
import vn.dienbien.localstack.mail.MailServer;
import vn.dienbien.localstack.mongo.MongoStoreMain;
import vn.dienbien.localstack.process.ManagedProcess;
import vn.dienbien.localstack.process.PidFiles;
import vn.dienbien.localstack.process.ProcessGroup;
import vn.dienbien.localstack.process.Readiness;
import vn.dienbien.localstack.process.Stoppable;
import vn.dienbien.localstack.process.Supervisor;
import vn.dienbien.localstack.sms.HeldSms;
import vn.dienbien.localstack.sms.NotificationServiceHeldSms;
import vn.dienbien.localstack.sms.SmsGatewayServer;

/**
 * Starts the components as early as their dependencies allow, registering each with the supervisor
 * as it starts: the auth server and portal with the infrastructure, the business services together
 * once Kafka and MongoDB are ready.
 */
final class Stack {

  private static final Duration INFRA_TIMEOUT = Duration.ofSeconds(90);

  private final Layout layout;
  private final LocalPorts ports;
  private final Topology topology;
  private final Supervisor supervisor;
  private final PidFiles pids;
  private final List<ManagedProcess> processes = new ArrayList<>();
  private final Map<String, ManagedProcess> instances = new HashMap<>();
  private KafkaCluster kafka;
  private ProcessGroup kafkaNodes;
  private MailServer mail;
  private SmsGatewayServer sms;
  private final ServiceStarter starter;
  private ProcessGroup services;

  Stack(Layout layout, LocalPorts ports, Topology topology, Supervisor supervisor, PidFiles pids) {
    this.layout = layout;
    this.ports = ports;
    this.topology = topology;
    this.supervisor = supervisor;
    this.pids = pids;
    this.starter = new ServiceStarter(layout, ports, topology, this::remember);
  }

  /** Every child JVM started so far (for the crash monitor and the memory figures). */
  synchronized List<ManagedProcess> processes() {
    return List.copyOf(processes);
  }

  synchronized ManagedProcess process(String name) {
    return instances.get(name);
  }

  KafkaCluster kafka() {
    return kafka;
  }

  MailServer mail() {
    return mail;
  }

  SmsGatewayServer sms() {
    return sms;
  }

  /** MongoDB store and Kafka boot in parallel in their own JVMs; mail and SMS run in this JVM. */
  void startInfrastructure() {
    String java = Layout.java();
    Step mongoStep = Step.begin("MongoDB (mongo-java-server, H2)");
    ManagedProcess mongo =
        track(
            ManagedProcess.start(
                "mongo",
                List.of(
                    java,
                    "-Xmx256m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    layout.launcherClasspath(),
                    MongoStoreMain.class.getName(),
                    "127.0.0.1",
                    Integer.toString(ports.mongo()),
                    layout.mongoFile().toString()),
                Map.of(),
                layout.root(),
                layout.logs().resolve("mongo.log")));

    Step kafkaStep =
        Step.begin(
            topology.isCluster()
                ? "Kafka 4.1.2 (KRaft, " + topology.brokers().size() + " nodes)"
                : "Kafka 4.1.2 (KRaft)");
    kafka = new KafkaCluster(java, layout.kafkaLibs(), layout.kafkaHome(), layout.logs(), topology);
    // Stopped together: a node stopping last would wait for a controller quorum that is gone.
    kafkaNodes =
        supervisor.register(new ProcessGroup(topology.isCluster() ? "kafka nodes" : "kafka"));
    List<ManagedProcess> nodes = kafka.start().stream().map(this::trackNode).toList();

    Step mailStep = Step.begin("Mail (GreenMail SMTP + viewer)");
    mail = new MailServer("127.0.0.1", ports.smtp(), ports.mailViewer()).start();
    supervisor.register(Stoppable.of("mail", mail::stop));
    mailStep.ready("");

    Step smsStep = Step.begin("SMS gateway");
    sms =
        new SmsGatewayServer("127.0.0.1", ports.sms(), ports.smsApiKey(), ports.smsSecretKey())
            .showHeld(heldSms())
            .start();
    supervisor.register(Stoppable.of("sms-gateway", sms::stop));
    smsStep.ready("");

    Readiness.await(
        "MongoDB",
        mongo,
        INFRA_TIMEOUT,
        () -> Readiness.acceptsConnections("127.0.0.1", ports.mongo()));
    mongoStep.ready("");
    kafkaStep.ready(applyTopics(nodes));
  }

  /** notification-service (instance 1) holds SMS in quiet hours; the SMS viewer asks it. */
  private static HeldSms heldSms() {
    String notification =
        ServiceSpec.platformServices().stream()
            .filter(s -> s.name().equals("notification-service"))
            .findFirst()
            .orElseThrow()
            .baseUrl();
    return new NotificationServiceHeldSms(
        notification, ServiceSpec.AUTH_SERVER.baseUrl(), "admin", Banner.DEMO_PASSWORD);
  }

  private String applyTopics(List<ManagedProcess> nodes) {
    try (Admin admin = KafkaAdmin.create(kafka.bootstrapServers(), "local-stack")) {
      KafkaAdmin.awaitNodes(admin, nodes.size(), nodes, INFRA_TIMEOUT);
      return "topics: " + new TopicApplier(admin, topology.topics()).apply().summary();
    } catch (Readiness.NotReadyException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Readiness.NotReadyException("interrupted while creating Kafka topics");
    } catch (Exception e) {
      throw new Readiness.NotReadyException("creating Kafka topics failed: " + e);
    }
  }

  /** Restarts a Kafka node that was stopped or killed (the soak's "orchestrator restarts it"). */
  ManagedProcess restartBroker(KafkaBroker broker) {
    return trackNode(broker.start(broker.clusterId()));
  }

  private ManagedProcess trackNode(ManagedProcess node) {
    kafkaNodes.add(node);
    return remember(node);
  }

  /**
   * Begins starting the applications that need no infrastructure (the auth server and the portal)
   * while Kafka and MongoDB boot; {@link #startServices} waits for them too. They are stopped last,
   * after the infrastructure.
   */
  void startEarly(Options options) {
    List<ServiceInstance> early =
        options.instances().stream().filter(s -> !s.spec().hasDatabase()).toList();
    if (!early.isEmpty()) {
      starter.begin(early, options, supervisor.register(new ProcessGroup("auth-server, portal")));
    }
  }

  /**
   * Starts every service instance not started yet, all in parallel (on running infrastructure), and
   * waits until all of them are ready; each prints its line when it is.
   */
  void startServices(Options options) {
    services = supervisor.register(new ProcessGroup("services"));
    starter.begin(options.instances(), options, services);
    starter.awaitAll();
  }

  /** Starts one service instance's JVM the way {@link #startServices} does, without waiting. */
  ManagedProcess launch(ServiceInstance service, Options options) {
    return starter.launch(service, options);
  }

  /** Stops a running service instance (SIGTERM, then the launcher's grace). */
  void stopService(ServiceInstance service) {
    ManagedProcess old = process(service.name());
    if (old != null) {
      old.stop(LocalStack.GRACE);
      synchronized (this) {
        processes.remove(old);
      }
    }
  }

  /**
   * Starts a stopped service instance alone on the running infrastructure, as {@link
   * #startServices} would, and waits for its readiness (the benchmark's ready time).
   */
  ManagedProcess startService(ServiceInstance service, Options options) {
    ManagedProcess process = remember(services.add(launch(service, options)));
    Readiness.await(
        service.name(),
        process,
        options.timeout(),
        () -> Readiness.answers200(service.readinessUrl()));
    return process;
  }

  private ManagedProcess track(ManagedProcess process) {
    supervisor.register(process);
    return remember(process);
  }

  /** For the crash monitor, the memory figures, the soak (by name) and leftovers (pid files). */
  private synchronized ManagedProcess remember(ManagedProcess process) {
    processes.add(process);
    instances.put(process.name(), process);
    pids.record(process.name(), process.handle());
    return process;
  }
}
