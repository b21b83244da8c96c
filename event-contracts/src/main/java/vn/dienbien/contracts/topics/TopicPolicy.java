package vn.dienbien.contracts.topics;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many copies and partitions the topics get where they run, and the Kafka topic configuration
 * each {@link TopicKind} implies. Values are Kafka topic-config names, so this module needs no
 * Kafka dependency.
 *
 * @param name the environment, e.g. {@code production}
 * @param partitions partitions of every topic; the record key is the unit code, so a unit's events
 *     stay in order. Raising it later moves keys to other partitions: it is fixed at creation.
 * @param replicationFactor copies of every partition
 * @param minInsyncReplicas copies that must have a record before an {@code acks=all} producer is
 *     answered; with replication 3 and min ISR 2 one broker may be lost without losing a write or
 *     stopping producers
 */
public record TopicPolicy(
    String name, int partitions, short replicationFactor, int minInsyncReplicas) {

  /** One broker: the embedded local stack and the default docker-compose profile. */
  public static final TopicPolicy SINGLE_NODE = new TopicPolicy("single-node", 3, (short) 1, 1);

  /** Three brokers on one machine: {@code ./run-local.sh --cluster} and docker-compose's ha. */
  public static final TopicPolicy THREE_BROKERS = new TopicPolicy("three-brokers", 6, (short) 3, 2);

  /** Production (Kubernetes): three or more brokers, room for up to 12 instances per service. */
  public static final TopicPolicy PRODUCTION = new TopicPolicy("production", 12, (short) 3, 2);

  /** Dead letters wait this long for an operator; the original stays in its history topic. */
  public static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(90);

  /** Tombstones of a state topic stay readable this long, so a consumer sees the deletion. */
  public static final Duration STATE_TOMBSTONE_RETENTION = Duration.ofDays(1);

  public TopicPolicy {
    if (minInsyncReplicas > replicationFactor || minInsyncReplicas < 1 || partitions < 1) {
      throw new IllegalArgumentException(
          "min.insync.replicas must be between 1 and the replication factor, partitions >= 1");
    }
  }

  public static TopicPolicy named(String name) {
    for (TopicPolicy policy : new TopicPolicy[] {SINGLE_NODE, THREE_BROKERS, PRODUCTION}) {
      if (policy.name().equals(name)) {
        return policy;
      }
    }
    throw new IllegalArgumentException(
        "unknown topic policy " + name + " (single-node, three-brokers, production)");
  }

  /** The topic configuration for a topic of this kind under this policy. */
  public Map<String, String> configOf(TopicKind kind) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("min.insync.replicas", Integer.toString(minInsyncReplicas));
    config.put("unclean.leader.election.enable", "false");
    switch (kind) {
      case HISTORY -> {
        config.put("cleanup.policy", "delete");
        config.put("retention.ms", "-1");
        config.put("retention.bytes", "-1");
      }
      case STATE -> {
        config.put("cleanup.policy", "compact");
        config.put("delete.retention.ms", Long.toString(STATE_TOMBSTONE_RETENTION.toMillis()));
        // Compaction never touches the active segment: roll daily so old states are cleaned.
        config.put("segment.ms", Long.toString(Duration.ofDays(1).toMillis()));
      }
      case DEAD_LETTER -> {
        config.put("cleanup.policy", "delete");
        config.put("retention.ms", Long.toString(DEAD_LETTER_RETENTION.toMillis()));
        config.put("retention.bytes", "-1");
      }
    }
    return config;
  }
}
