package vn.dienbien.localstack;

import java.util.List;
import vn.dienbien.localstack.kafka.KafkaBroker;
import vn.dienbien.localstack.mail.MailServer;
import vn.dienbien.localstack.process.ManagedProcess;
import vn.dienbien.localstack.sms.SmsMessage;
import vn.dienbien.localstack.soak.Cluster;

/** The running {@link Stack} as the soak sees it. */
final class SoakHarness implements Cluster {

  private final Stack stack;
  private final List<ServiceInstance> instances;

  SoakHarness(Stack stack, List<ServiceInstance> instances) {
    this.stack = stack;
    this.instances = instances;
  }

  @Override
  public String bootstrapServers() {
    return stack.kafka().bootstrapServers();
  }

  @Override
  public List<Instance> instances() {
    return instances.stream()
        .filter(i -> i.spec().hasDatabase())
        .map(i -> new Instance(i.spec().name(), i.name(), i.baseUrl()))
        .toList();
  }

  @Override
  public String authUrl() {
    return ServiceSpec.AUTH_SERVER.baseUrl();
  }

  @Override
  public List<Integer> brokerIds() {
    return stack.kafka().brokers().stream().map(b -> b.node().id()).toList();
  }

  @Override
  public String brokerProcess(int nodeId) {
    return broker(nodeId).name();
  }

  @Override
  public void kill(String processName) {
    ManagedProcess process = stack.process(processName);
    process.handle().destroyForcibly(); // SIGKILL: no shutdown hook, no clean leave
    process.handle().onExit().join();
  }

  @Override
  public boolean isAlive(String processName) {
    ManagedProcess process = stack.process(processName);
    return process != null && process.isAlive();
  }

  @Override
  public void restartBroker(int nodeId) {
    stack.restartBroker(broker(nodeId));
  }

  @Override
  public long rssMb(String processName) {
    ManagedProcess process = stack.process(processName);
    return process == null || !process.isAlive() ? 0 : Banner.rssMb(process.pid());
  }

  @Override
  public List<String> processNames() {
    return stack.processes().stream().map(ManagedProcess::name).distinct().toList();
  }

  @Override
  public List<String> receivedMailIds() {
    MailServer mail = stack.mail();
    return mail.receivedMessageIds();
  }

  @Override
  public List<String> acceptedSmsIds() {
    return stack.sms().messages().stream().map(SmsMessage::requestId).toList();
  }

  @Override
  public int smsReplays() {
    return stack.sms().replays();
  }

  private KafkaBroker broker(int nodeId) {
    return stack.kafka().brokers().stream()
        .filter(b -> b.node().id() == nodeId)
        .findFirst()
        .orElseThrow();
  }
}
