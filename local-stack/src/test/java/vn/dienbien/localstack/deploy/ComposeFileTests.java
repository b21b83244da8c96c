package vn.dienbien.localstack.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienbien.localstack.deploy.Yaml.at;
import static vn.dienbien.localstack.deploy.Yaml.list;
import static vn.dienbien.localstack.deploy.Yaml.map;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienbien.localstack.ServiceSpec;

/**
 * docker-compose.yml, parsed as docker compose reads it (anchors and merge keys resolved): the
 * default single profile and the ha profile each start a consistent set, and ha is the cluster the
 * issue asks for. Needs no Docker.
 */
class ComposeFileTests {

  private Map<String, Object> compose;
  private ComposeRules rules;

  @BeforeEach
  void load() throws IOException {
    compose = Yaml.load(Yaml.REPOSITORY.resolve("docker-compose.yml"));
    rules = new ComposeRules(compose);
  }

  @Test
  void theSingleProfileIsTheDefaultAndHaReplacesIt() throws IOException {
    assertThat(Files.readAllLines(Yaml.REPOSITORY.resolve(".env")))
        .contains("COMPOSE_PROFILES=single");
    assertThat(rules.enabled("single")).containsKeys("kafka", "mongo", "kafka-topics");
    assertThat(rules.enabled("ha")).doesNotContainKeys("kafka", "mongo", "directive-service");
    assertThat(rules.enabled("ha"))
        .containsKeys("mailpit", "keycloak", "sms-gateway", "prometheus");
  }

  @Test
  void everyServiceOfEachProfileIsHealthCheckedLimitedAndStartsAfterWhatItNeeds() {
    assertThat(rules.problems("single")).isEmpty();
    assertThat(rules.problems("ha")).isEmpty();
  }

  @Test
  void theRulesReportABrokenProfile() {
    var kafka2 = new java.util.HashMap<>(map(at(compose, "services", "kafka-2")));
    kafka2.remove("healthcheck");
    kafka2.put("depends_on", Map.of("mongo", Map.of("condition", "service_healthy")));
    kafka2.put("ports", List.of("127.0.0.1:9094:9094"));
    var services = new java.util.HashMap<>(map(compose.get("services")));
    services.put("kafka-2", kafka2);

    assertThat(new ComposeRules(Map.of("services", services)).problems("ha"))
        .containsExactlyInAnyOrder(
            "ha: kafka-2 has no healthcheck",
            "ha: kafka-2 depends on mongo, not in the profile",
            "ha: kafka-2 and kafka-1 both publish 127.0.0.1:9094");
  }

  @Test
  void haRunsThreeKafkaNodesWithReplicationThreeAndMinIsrTwo() {
    Map<String, Map<String, Object>> kafka = servicesWithImage("ha", "apache/kafka");
    assertThat(kafka).containsOnlyKeys("kafka-1", "kafka-2", "kafka-3");
    String voters =
        kafka.keySet().stream()
            .sorted()
            .map(n -> n.substring(6) + "@" + n + ":9093")
            .collect(Collectors.joining(","));
    kafka.forEach((name, node) -> {
      Map<String, Object> env = map(node.get("environment"));
      assertThat(env.get("KAFKA_NODE_ID")).hasToString(name.substring(6));
      assertThat(env)
          .containsEntry("KAFKA_CONTROLLER_QUORUM_VOTERS", voters)
          .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", 3)
          .containsEntry("KAFKA_MIN_INSYNC_REPLICAS", 2)
          .containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", 3)
          .containsEntry("CLUSTER_ID", "4L6g3nShT-eMCtK--X86sw");
      assertThat((String) env.get("KAFKA_ADVERTISED_LISTENERS")).startsWith("PLAINTEXT://" + name);
    });
    assertThat(entrypoint("kafka-topics-ha"))
        .contains("--policy=three-brokers", "kafka-1:9092,kafka-2:9092,kafka-3:9092");
    assertThat(entrypoint("kafka-topics")).contains("--policy=single-node", "kafka:9092");
  }

  @Test
  void haRunsAThreeMemberReplicaSetThatOneMemberInitiates() throws IOException {
    Map<String, Map<String, Object>> mongo = servicesWithImage("ha", "mongo:");
    assertThat(mongo).containsOnlyKeys("mongo-1", "mongo-2", "mongo-3");
    mongo
        .values()
        .forEach(m -> assertThat(list(m.get("entrypoint"))).contains("/docker/mongo/rs-member.sh"));
    assertThat(
            mongo.entrySet().stream()
                .filter(e -> list(e.getValue().get("command")).contains("init")))
        .extracting(Map.Entry::getKey)
        .containsExactly("mongo-1");
    String init = Files.readString(Yaml.REPOSITORY.resolve("docker/mongo/rs-init.js"));
    assertThat(init).contains("'mongo-1:27017', 'mongo-2:27017', 'mongo-3:27017'", "_id: 'rs0'");
    assertThat(Files.readString(Yaml.REPOSITORY.resolve("docker/mongo/rs-member.sh")))
        .contains("--replSet rs0", "--keyFile");
  }

  @Test
  void haRunsTwoReplicasOfEveryServiceOnTheClusterBehindTheGateway() throws IOException {
    String nginx = Files.readString(Yaml.REPOSITORY.resolve("docker/ha/nginx.conf"));
    for (ServiceSpec spec : ServiceSpec.platformServices()) {
      Map<String, Object> service = rules.enabled("ha").get(spec.name() + "-ha");
      assertThat(service).as(spec.name() + "-ha").isNotNull();
      assertThat(at(service, "deploy", "replicas")).isEqualTo(2);
      Map<String, Object> env = map(service.get("environment"));
      assertThat((String) env.get("MONGODB_URI"))
          .contains(
              "mongo-1:27017,mongo-2:27017,mongo-3:27017/" + spec.database() + "?replicaSet=rs0");
      assertThat(env)
          .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092,kafka-3:9092");
      assertThat(list(at(rules.enabled("ha").get("gateway"), "ports")))
          .contains("127.0.0.1:" + spec.port() + ":" + spec.port());
      assertThat(nginx)
          .contains("server " + spec.name() + "-ha:" + spec.port())
          .contains("listen " + spec.port() + ";");
      assertThat(rules.enabled("single").get(spec.name())).as(spec.name()).isNotNull();
    }
  }

  @Test
  void thePortalRunsOnceInEitherProfileAndReachesTheReplicasThroughTheGateway() {
    assertThat(rules.enabled("single"))
        .containsKey("web-portal")
        .doesNotContainKey("web-portal-ha");
    Map<String, Object> portal = rules.enabled("ha").get("web-portal-ha");
    assertThat(at(portal, "deploy", "replicas")).isNull();
    assertThat(map(portal.get("environment")))
        .containsEntry("DIRECTIVE_SERVICE_URL", "http://gateway:8081")
        .containsEntry("NOTIFICATION_SERVICE_URL", "http://gateway:8084");
  }

  private Map<String, Map<String, Object>> servicesWithImage(String profile, String image) {
    Map<String, Map<String, Object>> found = new java.util.TreeMap<>();
    rules
        .enabled(profile)
        .forEach((name, service) -> {
          if (String.valueOf(service.get("image")).startsWith(image)) {
            found.put(name, service);
          }
        });
    return found;
  }

  private String entrypoint(String service) {
    return String.join(
        " ",
        list(at(compose, "services", service, "entrypoint")).stream()
            .map(String::valueOf)
            .toList());
  }
}
