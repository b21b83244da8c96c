package vn.dienbien.platform.observability;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Readiness contributor: the Kafka cluster answers a describe-cluster call within 3 s. */
class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

  private final AdminClient admin;

  KafkaHealthIndicator(String bootstrapServers) {
    super("Kafka health check failed");
    this.admin =
        AdminClient.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                3000,
                AdminClientConfig.CLIENT_ID_CONFIG,
                "health"));
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000));
    String clusterId = cluster.clusterId().get(3, TimeUnit.SECONDS);
    int nodes = cluster.nodes().get(3, TimeUnit.SECONDS).size();
    builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes);
  }

  @Override
  public void destroy() {
    admin.close();
  }
}
