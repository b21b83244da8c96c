package vn.dienbien.contracts.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import vn.dienbien.contracts.EventCatalog;
import vn.dienbien.contracts.EventDefinition;
import vn.dienbien.contracts.topics.TopicCatalog.Subscription;

class TopicCatalogTests {

  private static final List<String> SERVICES =
      List.of(
          "directive-service", "report-service", "model-registry-service", "notification-service");

  @Test
  void everyEventTopicIsAHistoryOrStateTopicAndNamesAreUnique() {
    assertThat(TopicCatalog.names()).doesNotHaveDuplicates();
    List<String> history = TopicCatalog.HISTORY.stream().map(TopicSpec::name).toList();
    List<String> state = TopicCatalog.STATE.stream().map(TopicSpec::name).toList();
    assertThat(EventCatalog.ALL.stream().map(EventDefinition::topic).distinct())
        .allMatch(t -> history.contains(t) || state.contains(t));
    // One current-state type per state topic, named after it, from the service that owns it.
    assertThat(EventCatalog.ALL.stream().filter(d -> state.contains(d.topic())))
        .extracting(EventDefinition::topic, EventDefinition::source)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("obligation-state", "/report-service"),
            org.assertj.core.groups.Tuple.tuple("assignment-state", "/directive-service"),
            org.assertj.core.groups.Tuple.tuple("model-state", "/model-registry-service"));
    assertThat(TopicCatalog.STATE)
        .extracting(TopicSpec::name)
        .containsExactly("obligation-state", "assignment-state", "model-state");
  }

  @Test
  void historyIsKeptForeverStateIsCompactedDeadLettersExpire() {
    TopicPolicy production = TopicPolicy.PRODUCTION;
    assertThat(production.configOf(TopicKind.HISTORY))
        .containsEntry("cleanup.policy", "delete")
        .containsEntry("retention.ms", "-1")
        .containsEntry("retention.bytes", "-1")
        .containsEntry("min.insync.replicas", "2")
        .containsEntry("unclean.leader.election.enable", "false");
    assertThat(production.configOf(TopicKind.STATE))
        .containsEntry("cleanup.policy", "compact")
        .doesNotContainKey("retention.ms");
    assertThat(production.configOf(TopicKind.DEAD_LETTER))
        .containsEntry("cleanup.policy", "delete")
        .containsEntry("retention.ms", Long.toString(90L * 24 * 3600 * 1000));
    assertThat(production.replicationFactor()).isEqualTo((short) 3);
    assertThat(TopicPolicy.THREE_BROKERS.minInsyncReplicas()).isEqualTo(2);
    assertThat(TopicPolicy.SINGLE_NODE.configOf(TopicKind.HISTORY))
        .containsEntry("min.insync.replicas", "1");
  }

  @Test
  void aPolicyCannotAskForMoreInSyncCopiesThanItKeeps() {
    assertThatThrownBy(() -> new TopicPolicy("bad", 3, (short) 2, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TopicPolicy.named("production")).isSameAs(TopicPolicy.PRODUCTION);
    assertThatThrownBy(() -> TopicPolicy.named("staging"))
        .hasMessageContaining("single-node, three-brokers, production");
  }

  /** The services' bindings are the catalog's subscriptions, each with its catalogued DLQ. */
  @Test
  void subscriptionsAreExactlyTheServicesConsumerGroupsAndTheirDeadLetterTopics()
      throws IOException {
    List<Subscription> bound = new ArrayList<>();
    List<String> deadLetters = new ArrayList<>();
    for (String service : SERVICES) {
      Map<String, Object> yaml = load(service);
      Map<String, Object> stream = at(yaml, "spring", "cloud", "stream");
      Map<String, Object> bindings = at(stream, "bindings");
      Map<String, Object> kafka = at(stream, "kafka", "bindings");
      bindings.forEach((name, value) -> {
        Map<String, Object> binding = cast(value);
        bound.add(
            new Subscription((String) binding.get("destination"), (String) binding.get("group")));
        deadLetters.add((String) at(kafka, name, "consumer").get("dlq-name"));
      });
    }
    assertThat(bound).containsExactlyInAnyOrderElementsOf(TopicCatalog.SUBSCRIPTIONS);
    assertThat(deadLetters)
        .containsExactlyInAnyOrderElementsOf(
            TopicCatalog.SUBSCRIPTIONS.stream().map(Subscription::deadLetterTopic).toList());
    assertThat(TopicCatalog.names()).containsAll(deadLetters);
  }

  private static Map<String, Object> load(String service) throws IOException {
    Path file = Path.of("..", service, "src", "main", "resources", "application.yml");
    try (Reader reader = Files.newBufferedReader(file)) {
      return new Yaml().load(reader);
    }
  }

  private static Map<String, Object> at(Map<String, Object> map, String... path) {
    Map<String, Object> current = map;
    for (String key : path) {
      current = cast(current.get(key));
    }
    return current;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object value) {
    return (Map<String, Object>) value;
  }
}
