package vn.dienbien.localstack.soak;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import vn.dienbien.contracts.topics.TopicCatalog;

/**
 * Whether the faults' effects are gone, as an operator's dashboard would show it: every service has
 * a relay publishing (its lease taken over), every partition of the history topics has a leader and
 * as many in-sync copies as min.insync.replicas asks, every consumer group has a live member on
 * every partition it reads, and the deliveries a killed sender held were sent by another.
 */
final class Restoration {

  private final Cluster cluster;
  private final Admin admin;
  private final Api api;
  private final int minInsync;
  private final Set<String> orphanedDeliveries = new HashSet<>();

  Restoration(Cluster cluster, Admin admin, Api api, int minInsync) {
    this.cluster = cluster;
    this.admin = admin;
    this.api = api;
    this.minInsync = minInsync;
  }

  /** Remembers the deliveries being sent now (call right after killing a sender). */
  void deliveriesInFlight() {
    api.all("notification-service", "admin", "/api/v1/notifications?status=SENDING")
        .forEach(d -> orphanedDeliveries.add(d.path("id").asText()));
  }

  int orphans() {
    return orphanedDeliveries.size();
  }

  /** What is not restored yet (empty when everything is). */
  List<String> missing() {
    List<String> missing = new ArrayList<>();
    try {
      relays(missing);
      partitions(missing);
      consumers(missing);
      orphans(missing);
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      missing.add("cannot tell: " + e.getMessage());
    }
    return missing;
  }

  /** True when {@code instance}'s relay holds the lease (its outbox.relay.leader gauge is 1). */
  boolean leads(Cluster.Instance instance) {
    Api.Reply reply =
        api.getAt(instance.baseUrl(), "admin", "/actuator/metrics/outbox.relay.leader");
    return reply.ok() && reply.body().path("measurements").path(0).path("value").asDouble() == 1.0;
  }

  private void relays(List<String> missing) {
    Map<String, Boolean> led = new java.util.concurrent.ConcurrentHashMap<>();
    cluster.instances().parallelStream()
        .forEach(
            i -> led.merge(i.service(), cluster.isAlive(i.name()) && leads(i), Boolean::logicalOr));
    led.forEach((service, yes) -> {
      if (!yes) {
        missing.add(service + " has no relay publishing");
      }
    });
  }

  private void partitions(List<String> missing) throws Exception {
    Map<String, TopicDescription> topics =
        admin.describeTopics(historyTopics()).allTopicNames().get(5, TimeUnit.SECONDS);
    topics
        .values()
        .forEach(t ->
            t.partitions()
                .forEach(p -> {
                  if (p.leader() == null || p.isr().size() < minInsync) {
                    missing.add(
                        t.name()
                            + "-"
                            + p.partition()
                            + " has "
                            + p.isr().size()
                            + " in-sync copies");
                  }
                }));
  }

  private void consumers(List<String> missing) throws Exception {
    Map<String, Set<TopicPartition>> wanted = new HashMap<>();
    Map<String, TopicDescription> topics =
        admin.describeTopics(historyTopics()).allTopicNames().get(5, TimeUnit.SECONDS);
    for (TopicCatalog.Subscription s : TopicCatalog.SUBSCRIPTIONS) {
      topics
          .get(s.topic())
          .partitions()
          .forEach(p ->
              wanted
                  .computeIfAbsent(s.group(), g -> new HashSet<>())
                  .add(new TopicPartition(s.topic(), p.partition())));
    }
    Map<String, ConsumerGroupDescription> groups =
        admin.describeConsumerGroups(wanted.keySet()).all().get(5, TimeUnit.SECONDS);
    wanted.forEach((group, partitions) -> {
      Set<TopicPartition> assigned = new HashSet<>();
      groups.get(group).members().forEach(m -> assigned.addAll(m.assignment().topicPartitions()));
      if (!assigned.containsAll(partitions)) {
        missing.add(
            group + " consumes " + assigned.size() + " of " + partitions.size() + " partitions");
      }
    });
  }

  private void orphans(List<String> missing) {
    for (String id : orphanedDeliveries) {
      String status =
          api.get("notification-service", "admin", "/api/v1/notifications/" + id)
              .body()
              .path("status")
              .asText();
      if (!Set.of("SENT", "FAILED", "CANCELLED").contains(status)) {
        missing.add("delivery " + id + " of the killed sender is " + status);
      }
    }
  }

  private static List<String> historyTopics() {
    return TopicCatalog.HISTORY.stream().map(t -> t.name()).toList();
  }
}
