package vn.dienbien.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dienbien.localstack.kafka.KafkaBroker;
import vn.dienbien.localstack.kafka.KafkaTopics;
import vn.dienbien.localstack.mail.MailServer;
import vn.dienbien.localstack.mongo.MongoStoreMain;
import vn.dienbien.localstack.process.ManagedProcess;
import vn.dienbien.localstack.process.PidFiles;
import vn.dienbien.localstack.process.ProcessGroup;
import vn.dienbien.localstack.process.Readiness;
import vn.dienbien.localstack.process.Stoppable;
import vn.dienbien.localstack.process.Supervisor;
import vn.dienbien.localstack.sms.SmsGatewayServer;

/** Starts the components in dependency order, registering each with the supervisor as it starts. */
final class Stack {

  private static final Duration INFRA_TIMEOUT = Duration.ofSeconds(90);

  private final Layout layout;
  private final LocalPorts ports;
  private final Supervisor supervisor;
  private final PidFiles pids;
  private final List<ManagedProcess> processes = new ArrayList<>();

  Stack(Layout layout, LocalPorts ports, Supervisor supervisor, PidFiles pids) {
    this.layout = layout;
    this.ports = ports;
    this.supervisor = supervisor;
    this.pids = pids;
  }

  /** Every child JVM started so far (for the crash monitor and the memory figures). */
  List<ManagedProcess> processes() {
    return List.copyOf(processes);
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

    Step kafkaStep = Step.begin("Kafka 4.1.2 (KRaft)");
    KafkaBroker broker =
        new KafkaBroker(
            java,
            layout.kafkaLibs(),
            layout.kafkaHome(),
            layout.logs(),
            ports.kafka(),
            ports.kafkaController());
    ManagedProcess kafka = track(broker.start());

    Step mailStep = Step.begin("Mail (GreenMail SMTP + viewer)");
    MailServer mail = new MailServer("127.0.0.1", ports.smtp(), ports.mailViewer()).start();
    supervisor.register(Stoppable.of("mail", mail::stop));
    mailStep.ready("");

    Step smsStep = Step.begin("SMS gateway");
    SmsGatewayServer sms =
        new SmsGatewayServer("127.0.0.1", ports.sms(), ports.smsApiKey(), ports.smsSecretKey())
            .start();
    supervisor.register(Stoppable.of("sms-gateway", sms::stop));
    smsStep.ready("");

    Readiness.await(
        "MongoDB",
        mongo,
        INFRA_TIMEOUT,
        () -> Readiness.acceptsConnections("127.0.0.1", ports.mongo()));
    mongoStep.ready("");
    List<String> created =
        KafkaTopics.awaitAndCreate(broker.bootstrapServers(), kafka, INFRA_TIMEOUT);
    kafkaStep.ready(created.isEmpty() ? "" : "created topics " + String.join(", ", created));
  }

  /** Starts every service JVM at once, then waits for each readiness endpoint in turn. */
  void startServices(Options options) {
    ProcessGroup group = supervisor.register(new ProcessGroup("services"));
    List<Step> steps = new ArrayList<>();
    for (ServiceSpec service : options.services()) {
      steps.add(Step.begin(service.name() + " :" + service.port()));
      ManagedProcess process =
          ManagedProcess.start(
              service.name(),
              service.command(Layout.java(), layout.root(), options.serviceJvmOptions()),
              service.environment(ports),
              layout.root(),
              layout.logs().resolve(service.name() + ".log"));
      group.add(process);
      processes.add(process);
      pids.record(process.name(), process.handle());
    }
    for (int i = 0; i < options.services().size(); i++) {
      ServiceSpec service = options.services().get(i);
      ManagedProcess process = group.members().get(i);
      try {
        Readiness.await(
            service.name(),
            process,
            options.timeout(),
            () -> Readiness.answers200(service.readinessUrl()));
      } catch (Readiness.NotReadyException e) {
        steps.get(i).failed();
        throw e;
      }
      steps.get(i).ready("");
    }
  }

  private ManagedProcess track(ManagedProcess process) {
    supervisor.register(process);
    processes.add(process);
    pids.record(process.name(), process.handle());
    return process;
  }
}
