package vn.dienbien.localstack;

import java.time.Instant;
import java.util.List;
import vn.dienbien.localstack.bench.BenchStack;
import vn.dienbien.localstack.process.ManagedProcess;
import vn.dienbien.localstack.sms.SmsMessage;
import vn.dienbien.localstack.soak.Cluster;

/** The running {@link Stack} as the benchmark sees it. */
final class BenchHarness implements BenchStack {

  private final Stack stack;
  private final Options options;
  private final LocalPorts ports;
  private final List<ServiceInstance> instances;

  BenchHarness(Stack stack, Options options, LocalPorts ports) {
    this.stack = stack;
    this.options = options;
    this.ports = ports;
    this.instances = options.instances();
  }

  @Override
  public Cluster cluster() {
    return new SoakHarness(stack, instances);
  }

  @Override
  public String mongoUri() {
    return "mongodb://127.0.0.1:" + ports.mongo();
  }

  @Override
  public String database(String service) {
    return instance(service).spec().database();
  }

  @Override
  public int smtpPort() {
    return stack.mail().smtpPort();
  }

  @Override
  public int receivedMail() {
    return stack.mail().receivedCount();
  }

  @Override
  public List<Instant> smsAcceptedAt() {
    return stack.sms().messages().stream().map(SmsMessage::receivedAt).toList();
  }

  @Override
  public List<String> services() {
    return instances.stream()
        .filter(i -> i.spec().hasDatabase())
        .map(ServiceInstance::name)
        .toList();
  }

  @Override
  public long rssMb(String service) {
    ManagedProcess process = stack.process(service);
    return process == null || !process.isAlive() ? 0 : Banner.rssMb(process.pid());
  }

  @Override
  public void stop(String service) {
    stack.stopService(instance(service));
  }

  @Override
  public double startAlone(String service) {
    long t0 = System.nanoTime();
    stack.startService(instance(service), options);
    return (System.nanoTime() - t0) / 1e9;
  }

  private ServiceInstance instance(String service) {
    return instances.stream().filter(i -> i.name().equals(service)).findFirst().orElseThrow();
  }
}
