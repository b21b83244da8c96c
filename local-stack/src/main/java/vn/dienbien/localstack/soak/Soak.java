package vn.dienbien.localstack.soak;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.admin.Admin;
import vn.dienbien.localstack.kafka.KafkaAdmin;

/**
 * {@code ./run-local.sh --soak}: on a fresh cluster, a burst of real work while the faults hit,
 * then the figures. Directive 1 is issued to every commune and reported on; once its fan-out is on
 * the wire (30 new records) the Kafka node leading the busiest partition is killed (T); T+3 the
 * directive-service instance holding the relay lease; T+5 directive 2 is issued and reported on;
 * T+7, T+10, T+13 the relay lease holders of report-, notification- and model-registry-service;
 * T+18 the Kafka node restarts. Every kill is kill -9. Recovery is timed from the last kill to the
 * moment every expected fact is on the streams, consumer lag is 0 and no reminder is outstanding.
 */
public final class Soak {

  private static final long SETTLE_SECONDS = 300;

  /** The cluster mode's min.insync.replicas (TopicPolicy.THREE_BROKERS). */
  private static final int MIN_INSYNC =
      vn.dienbien.contracts.topics.TopicPolicy.THREE_BROKERS.minInsyncReplicas();

  private final Cluster cluster;
  private final Api api;

  public Soak(Cluster cluster) {
    this.cluster = cluster;
    this.api = new Api(cluster);
  }

  /** Runs the soak and prints its figures; true when the goals are met. */
  public boolean run() {
    try (Admin admin = KafkaAdmin.create(cluster.bootstrapServers(), "soak");
        StreamAudit stream = new StreamAudit(cluster.bootstrapServers())) {
      Lag lag = new Lag(admin);
      System.out.println("\nSoak: preparing (communes, contacts, quiet system) …");
      List<String> communes = Preparation.communes(api);
      Preparation.importContacts(api, communes);
      Preparation.awaitQuiet(lag, api);
      return burstAndFaults(admin, stream, lag, communes);
    } catch (Exception e) {
      System.out.println("\nSoak failed to run: " + e);
      return false;
    }
  }

  private boolean burstAndFaults(Admin admin, StreamAudit stream, Lag lag, List<String> communes)
      throws Exception {
    long t0 = System.nanoTime();
    Burst burst = new Burst(api, communes);
    Restoration restoration = new Restoration(cluster, admin, api, MIN_INSYNC);
    Faults faults = new Faults(cluster, admin, restoration, t0);
    Progress progress = new Progress(t0, stream, lag, burst, faults);
    System.out.printf(
        "Soak: burst of 2 directives × %d tasks × %d communes, reports and reviews, with faults%n",
        Expectations.TASKS, communes.size());
    faults.markOffsets();
    progress.start();
    RestorationWatch watch = faultsDuringBurst(burst, faults, restoration, t0);
    boolean finished = burst.awaitReports(SETTLE_SECONDS);
    System.out.println(
        "  burst " + (finished ? "finished" : "did NOT finish") + "; waiting for recovery …");
    Recovery recovery =
        Recovery.await(
            t0,
            faults.lastKill(),
            () -> Expectations.gather(api, burst, communes.size()),
            watch,
            stream,
            lag,
            api,
            SETTLE_SECONDS);
    progress.stop();
    SoakReport.Outcome outcome =
        outcome(recovery, stream, lag, communes, restoration, faults, burst);
    SoakReport.print(outcome);
    return outcome.passed();
  }

  /** Issues and reports on both directives while the faults follow the traffic. */
  private RestorationWatch faultsDuringBurst(
      Burst burst, Faults faults, Restoration restoration, long t0) throws Exception {
    var work = Executors.newFixedThreadPool(2);
    var first =
        work.submit(() -> {
          burst.issue(1);
          burst.report(1);
          return null;
        });
    faults.awaitTraffic(30, Duration.ofSeconds(20)); // the fan-out is on the wire
    int broker = faults.killBusiestLeader();
    pause(3);
    faults.killRelayLeader("directive-service");
    var second =
        work.submit(() -> {
          pause(2);
          burst.issue(2);
          burst.report(2);
          return null;
        });
    pause(4);
    faults.killRelayLeader("report-service");
    pause(3);
    faults.killRelayLeader("notification-service");
    restoration.deliveriesInFlight();
    pause(3);
    faults.killRelayLeader("model-registry-service");
    RestorationWatch watch = new RestorationWatch(restoration, t0, faults.lastKill());
    pause(5);
    faults.restartBroker(broker);
    first.get();
    second.get();
    work.shutdown();
    return watch;
  }

  private SoakReport.Outcome outcome(
      Recovery recovery,
      StreamAudit stream,
      Lag lag,
      List<String> communes,
      Restoration restoration,
      Faults faults,
      Burst burst) {
    Expectations expected = recovery.expected();
    Map<String, Long> rss = new LinkedHashMap<>();
    cluster.processNames().forEach(p -> rss.put(p, cluster.rssMb(p)));
    List<String> units = new ArrayList<>(communes);
    units.add(Preparation.MONITORING_BODY);
    return new SoakReport.Outcome(
        EventCheck.rows(expected, stream),
        stream.duplicateIds(),
        expected.plannedAssignments(),
        expected.obligations().size(),
        DeliveryAudit.audit(
            api, cluster, stream, units, DeliveryAudit.relevantEvents(stream, expected)),
        lag.byGroup(),
        recovery,
        restoration.orphans(),
        faults.done(),
        burst.retries.get(),
        api.failovers.get(),
        rss);
  }

  private static void pause(int seconds) throws InterruptedException {
    Thread.sleep(seconds * 1000L);
  }
}
