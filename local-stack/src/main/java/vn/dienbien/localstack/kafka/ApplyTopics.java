package vn.dienbien.localstack.kafka;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import vn.dienbien.contracts.topics.TopicCatalog;
import vn.dienbien.contracts.topics.TopicPolicy;

/**
 * The topic tool outside the local stack (docker-compose one-shot, Kubernetes Job and init
 * containers): {@code java -cp local-stack.jar:libs/* vn.dienbien.localstack.kafka.ApplyTopics
 * --bootstrap-servers=kafka:9092 --policy=production [--verify] [--timeout=300]}. Without {@code
 * --verify} it creates and configures the catalogued topics; with it, it only waits until they all
 * exist (needs no write rights). Exit 0 when done, 1 on failure or timeout.
 */
public final class ApplyTopics {

  private ApplyTopics() {}

  public static void main(String[] args) throws InterruptedException {
    String bootstrap = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    String policyName = System.getenv().getOrDefault("TOPIC_POLICY", "single-node");
    boolean verify = false;
    Duration timeout = Duration.ofMinutes(5);
    for (String arg : args) {
      if (arg.startsWith("--bootstrap-servers=")) {
        bootstrap = arg.substring(arg.indexOf('=') + 1);
      } else if (arg.startsWith("--policy=")) {
        policyName = arg.substring(arg.indexOf('=') + 1);
      } else if (arg.equals("--verify")) {
        verify = true;
      } else if (arg.startsWith("--timeout=")) {
        timeout = Duration.ofSeconds(Long.parseLong(arg.substring(arg.indexOf('=') + 1)));
      } else {
        System.err.println(
            "usage: ApplyTopics --bootstrap-servers=host:port[,...] "
                + "--policy=single-node|three-brokers|production [--verify] [--timeout=SECONDS]");
        System.exit(2);
      }
    }
    TopicPolicy policy = TopicPolicy.named(policyName);
    System.exit(run(bootstrap, policy, verify, timeout) ? 0 : 1);
  }

  /** Retries until the brokers answer and the work is done, or the timeout passes. */
  static boolean run(String bootstrap, TopicPolicy policy, boolean verify, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Admin admin = KafkaAdmin.create(bootstrap, "apply-topics")) {
      TopicApplier applier = new TopicApplier(admin, policy);
      while (true) {
        try {
          if (verify) {
            List<String> missing = applier.missing();
            if (missing.isEmpty()) {
              System.out.println("All " + TopicCatalog.ALL.size() + " topics exist.");
              return true;
            }
            System.out.println("Waiting for topics: " + String.join(", ", missing));
          } else {
            System.out.println(
                "Topics ("
                    + policy.name()
                    + ") on "
                    + bootstrap
                    + ": "
                    + applier.apply().summary());
            return true;
          }
        } catch (Exception e) {
          if (e instanceof InterruptedException) {
            throw (InterruptedException) e;
          }
          System.out.println("Kafka not ready yet (" + e.getMessage() + "), retrying …");
        }
        if (System.nanoTime() > deadline) {
          System.err.println("Gave up after " + timeout.toSeconds() + " s.");
          return false;
        }
        Thread.sleep(2000);
      }
    }
  }
}
