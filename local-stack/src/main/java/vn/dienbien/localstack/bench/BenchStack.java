package vn.dienbien.localstack.bench;

import java.time.Instant;
import java.util.List;
import vn.dienbien.localstack.soak.Cluster;

/** The running local stack as the benchmark sees it (the launcher implements it). */
public interface BenchStack {

  /** The services' APIs, Kafka and the processes, as the soak's API client needs them. */
  Cluster cluster();

  /** {@code mongodb://127.0.0.1:<port>}: the embedded store the services use. */
  String mongoUri();

  /** The database of a business service ({@code report-service} → {@code report}). */
  String database(String service);

  int smtpPort();

  /** How many messages the mail stand-in has received so far (with repeats). */
  int receivedMail();

  /** When the SMS stand-in accepted each message so far. */
  List<Instant> smsAcceptedAt();

  /** The business services (those with a database), by name. */
  List<String> services();

  /** Resident memory of a running service, MB. */
  long rssMb(String service);

  /** Stops a running service (SIGTERM, with the launcher's grace). */
  void stop(String service);

  /**
   * Starts a stopped service alone on the running infrastructure through the launcher's start path;
   * returns the seconds from process start to readiness.
   */
  double startAlone(String service);
}
