package vn.dienbien.localstack.kafka;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import vn.dienbien.contracts.topics.TopicCatalog;
import vn.dienbien.contracts.topics.TopicPolicy;
import vn.dienbien.contracts.topics.TopicSpec;

/**
 * Makes the broker's topics match {@link TopicCatalog} under a {@link TopicPolicy}: creates missing
 * topics, sets each topic's configuration (retention, cleanup, min ISR), and reports what it will
 * not change by itself: partition counts (raising one moves keys, so a unit's events would lose
 * their order) and replication factors (a reassignment an operator plans).
 */
public final class TopicApplier {

  /** What one run did. */
  public record Result(List<String> created, List<String> reconfigured, List<String> drift) {
    public String summary() {
      return "%d created, %d reconfigured, %d unchanged%s"
          .formatted(
              created.size(),
              reconfigured.size(),
              TopicCatalog.ALL.size() - created.size() - reconfigured.size(),
              drift.isEmpty() ? "" : "; not changed: " + String.join("; ", drift));
    }
  }

  private final Admin admin;
  private final TopicPolicy policy;

  public TopicApplier(Admin admin, TopicPolicy policy) {
    this.admin = admin;
    this.policy = policy;
  }

  public Result apply() throws ExecutionException, InterruptedException, TimeoutException {
    Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
    List<NewTopic> missing =
        TopicCatalog.ALL.stream()
            .filter(t -> !existing.contains(t.name()))
            .map(t ->
                new NewTopic(t.name(), policy.partitions(), policy.replicationFactor())
                    .configs(policy.configOf(t.kind())))
            .toList();
    List<String> created = create(missing);
    List<TopicSpec> present =
        TopicCatalog.ALL.stream().filter(t -> existing.contains(t.name())).toList();
    return new Result(created, reconfigure(present), drift(present));
  }

  /** The catalogued topics the broker does not have (empty when all exist). */
  public List<String> missing() throws ExecutionException, InterruptedException, TimeoutException {
    Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
    return TopicCatalog.names().stream().filter(t -> !existing.contains(t)).toList();
  }

  private List<String> create(List<NewTopic> missing)
      throws InterruptedException, TimeoutException {
    List<String> created = new ArrayList<>();
    var results = admin.createTopics(missing).values();
    for (var entry : results.entrySet()) {
      try {
        entry.getValue().get(30, TimeUnit.SECONDS);
        created.add(entry.getKey());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) { // another applier was faster
          throw new IllegalStateException("cannot create " + entry.getKey(), e.getCause());
        }
      }
    }
    return created;
  }

  private List<String> reconfigure(List<TopicSpec> present)
      throws ExecutionException, InterruptedException, TimeoutException {
    Map<ConfigResource, TopicSpec> resources = new HashMap<>();
    present.forEach(t -> resources.put(new ConfigResource(ConfigResource.Type.TOPIC, t.name()), t));
    Map<ConfigResource, Config> current =
        admin.describeConfigs(resources.keySet()).all().get(30, TimeUnit.SECONDS);
    Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
    current.forEach((resource, config) -> {
      List<AlterConfigOp> ops = new ArrayList<>();
      policy
          .configOf(resources.get(resource).kind())
          .forEach((key, wanted) -> {
            ConfigEntry entry = config.get(key);
            if (entry == null || !wanted.equals(entry.value())) {
              ops.add(new AlterConfigOp(new ConfigEntry(key, wanted), AlterConfigOp.OpType.SET));
            }
          });
      if (!ops.isEmpty()) {
        changes.put(resource, ops);
      }
    });
    if (!changes.isEmpty()) {
      admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
    }
    return changes.keySet().stream().map(ConfigResource::name).sorted().toList();
  }

  private List<String> drift(List<TopicSpec> present)
      throws ExecutionException, InterruptedException, TimeoutException {
    if (present.isEmpty()) {
      return List.of();
    }
    Map<String, TopicDescription> described =
        admin
            .describeTopics(present.stream().map(TopicSpec::name).toList())
            .allTopicNames()
            .get(30, TimeUnit.SECONDS);
    List<String> drift = new ArrayList<>();
    described.values().stream()
        .sorted(java.util.Comparator.comparing(TopicDescription::name))
        .forEach(d -> {
          int partitions = d.partitions().size();
          int copies = d.partitions().getFirst().replicas().size();
          if (partitions != policy.partitions() || copies != policy.replicationFactor()) {
            drift.add(
                "%s has %d partitions × %d copies (policy %s: %d × %d)"
                    .formatted(
                        d.name(),
                        partitions,
                        copies,
                        policy.name(),
                        policy.partitions(),
                        policy.replicationFactor()));
          }
        });
    return drift;
  }
}
