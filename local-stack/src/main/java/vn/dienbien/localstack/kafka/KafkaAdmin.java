package vn.dienbien.localstack.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import vn.dienbien.localstack.process.ManagedProcess;
import vn.dienbien.localstack.process.Readiness;

/** An AdminClient with short timeouts, and waiting until every node of a cluster has joined. */
public final class KafkaAdmin {

  private KafkaAdmin() {}

  public static Admin create(String bootstrap, String clientId) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
    props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
    return Admin.create(props);
  }

  /** Blocks until {@code nodes} brokers are registered; fails fast when a node's JVM exits. */
  public static void awaitNodes(
      Admin admin, int nodes, List<ManagedProcess> processes, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (ManagedProcess process : processes) {
      Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
      Readiness.await(process.name(), process, left, () -> registered(admin) >= nodes);
    }
  }

  private static int registered(Admin admin) {
    try {
      return admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return 0;
    }
  }
}
