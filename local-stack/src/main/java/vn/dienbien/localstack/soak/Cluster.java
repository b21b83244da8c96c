package vn.dienbien.localstack.soak;

import java.util.List;

/** What the soak needs from the running cluster: addresses, processes to kill, what was sent. */
public interface Cluster {

  /** One running instance of a service. */
  record Instance(String service, String name, String baseUrl) {}

  String bootstrapServers();

  /** Every business-service instance (not the auth server). */
  List<Instance> instances();

  String authUrl();

  /** Kafka node ids, in order. */
  List<Integer> brokerIds();

  String brokerProcess(int nodeId);

  /** SIGKILL, as a crashed machine or an OOM kill would do it. */
  void kill(String processName);

  boolean isAlive(String processName);

  /** Starts a killed Kafka node again on its data, as an orchestrator would. */
  void restartBroker(int nodeId);

  /** Resident memory of a process in MB (0 when it is not running). */
  long rssMb(String processName);

  List<String> processNames();

  /** Message-ID of every e-mail the mail server received, with repeats. */
  List<String> receivedMailIds();

  /** Request id of every SMS the gateway accepted (each once). */
  List<String> acceptedSmsIds();

  /** SMS requests that repeated an earlier request id and were not sent again. */
  int smsReplays();
}
