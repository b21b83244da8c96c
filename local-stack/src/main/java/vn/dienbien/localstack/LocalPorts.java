package vn.dienbien.localstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dienbien.localstack.sms.SmsGatewayServer;

/** Fixed local ports of the infrastructure besides Kafka (ARCHITECTURE.md "Running it"). */
public record LocalPorts(
    int mongo, int smtp, int mailViewer, int sms, String smsApiKey, String smsSecretKey) {

  public static final LocalPorts DEFAULT =
      new LocalPorts(
          27017,
          3025,
          8025,
          8090,
          SmsGatewayServer.DEFAULT_API_KEY,
          SmsGatewayServer.DEFAULT_SECRET_KEY);

  /** Every port the stack listens on, with what it is for, for the "already in use" check. */
  public Map<Integer, String> describe(Topology topology, List<ServiceInstance> services) {
    Map<Integer, String> ports = new LinkedHashMap<>();
    for (Topology.KafkaNode node : topology.brokers()) {
      String name = topology.isCluster() ? "Kafka node " + node.id() : "Kafka";
      ports.put(node.port(), name);
      ports.put(node.controllerPort(), name + " controller");
    }
    ports.put(mongo, "MongoDB (mongo-java-server)");
    ports.put(smtp, "SMTP (GreenMail)");
    ports.put(mailViewer, "mail viewer");
    ports.put(sms, "SMS gateway");
    services.forEach(s -> ports.put(s.port(), s.name()));
    return ports;
  }
}
