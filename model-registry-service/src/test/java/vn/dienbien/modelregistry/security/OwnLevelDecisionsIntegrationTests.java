package vn.dienbien.modelregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.modelregistry.CommendationRecorded;
import vn.dienbien.contracts.modelregistry.ModelRecognised;
import vn.dienbien.modelregistry.commendation.MovementCommendation;
import vn.dienbien.modelregistry.evaluation.Evaluations;
import vn.dienbien.modelregistry.model.Kind;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelRegistry;
import vn.dienbien.modelregistry.model.Models;
import vn.dienbien.modelregistry.recognition.RecognitionDecisions;
import vn.dienbien.modelregistry.security.SecuredCalls.Answer;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.security.SecuredIntegrationTestBase;
import vn.dienbien.testsupport.security.TestTokens;

/**
 * Who recognises (directive 11-CT/TU item 11.7e), with real tokens: a commune's approver decides
 * its own commune's models at cấp xã and nothing of another commune's; the Ban Tuyên giáo và Dân
 * vận decides provincial exemplars and not a commune's own level; a person is commended without any
 * model. Outcomes are read back from the store and the topic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OwnLevelDecisionsIntegrationTests extends SecuredIntegrationTestBase {

  private static final String MUONG_NHE = "XA-MUONG-NHE";
  private static final String NA_HY = "XA-NA-HY";

  @LocalServerPort int port;

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @Autowired MongoTemplate mongo;
  @Autowired ModelRegistry registry;
  @Autowired Models models;
  @Autowired Evaluations evaluations;
  @Autowired RecognitionDecisions decisions;
  @Autowired Clock clock;
  DecidedModels decided;

  @BeforeEach
  void twoCommunes() {
    DecidedModels.unit(mongo, brokers, MUONG_NHE, "Xã Mường Nhé");
    DecidedModels.unit(mongo, brokers, NA_HY, "Xã Nà Hỳ");
    decided = new DecidedModels(registry, models, evaluations, decisions, clock);
  }

  @Test
  void aCommuneApproverRecognisesTheirOwnCommunesModelAndIsRefusedAnotherCommunes() {
    decided.registered("MH-OWNLEVEL01", Kind.MODEL, MUONG_NHE);
    decided.registered("MH-OWNLEVEL02", Kind.MODEL, NA_HY);
    decided.evaluated("MH-OWNLEVEL01", Level.COMMUNE);
    decided.evaluated("MH-OWNLEVEL02", Level.COMMUNE);

    Answer refused =
        send(approver(MUONG_NHE), "/api/v1/recognitions", recognition("MH-OWNLEVEL02", "COMMUNE"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body()).contains("cấp xã").doesNotContain(NA_HY).doesNotContain("Nà Hỳ");
    assertThat(models.require("MH-OWNLEVEL02").recognitions()).isEmpty();

    Answer own =
        send(approver(MUONG_NHE), "/api/v1/recognitions", recognition("MH-OWNLEVEL01", "COMMUNE"));
    assertThat(own.status()).as(own.body()).isEqualTo(201);
    Model recognised = models.require("MH-OWNLEVEL01");
    assertThat(recognised.recognitions())
        .singleElement()
        .satisfies(r -> assertThat(r.level()).isEqualTo(Level.COMMUNE));
    assertThat(recognitionEventsOf("MH-OWNLEVEL01")).isEqualTo(1);
    assertThat(recognitionEventsOf("MH-OWNLEVEL02")).isZero();
  }

  @Test
  void theMonitoringBodyRecognisesAProvincialExemplarButNotACommunesOwnLevel() {
    decided.registered("DH-OWNLEVEL03", Kind.EXEMPLAR, MUONG_NHE);
    decided.recognised("DH-OWNLEVEL03", Level.COMMUNE);
    registry.register("DH-OWNLEVEL03", decided.year(), Level.PROVINCE, "seed");
    decided.evaluated("DH-OWNLEVEL03", Level.PROVINCE);
    decided.registered("MH-OWNLEVEL04", Kind.MODEL, MUONG_NHE);
    decided.evaluated("MH-OWNLEVEL04", Level.COMMUNE);

    assertThat(
            send(
                    approver(MUONG_NHE),
                    "/api/v1/recognitions",
                    recognition("DH-OWNLEVEL03", "PROVINCE"))
                .status())
        .as("a commune approver at cấp tỉnh")
        .isEqualTo(403);
    assertThat(
            send(monitor(), "/api/v1/recognitions", recognition("MH-OWNLEVEL04", "COMMUNE"))
                .status())
        .as("the monitoring body at a commune's own level")
        .isEqualTo(403);

    Answer provincial =
        send(monitor(), "/api/v1/recognitions", recognition("DH-OWNLEVEL03", "PROVINCE"));
    assertThat(provincial.status()).as(provincial.body()).isEqualTo(201);
    assertThat(models.require("DH-OWNLEVEL03").hasActiveRecognition(Level.PROVINCE)).isTrue();
    assertThat(models.require("MH-OWNLEVEL04").recognitions()).isEmpty();
  }

  @Test
  void anApproversQueueHoldsItsOwnUnitsAndSubUnitsModelsAtCapXaOnly() {
    DecidedModels.unit(mongo, brokers, "MTTQ-" + MUONG_NHE, "Ủy ban MTTQ xã Mường Nhé", MUONG_NHE);
    decided.registered("MH-QUEUE01", Kind.MODEL, MUONG_NHE);
    decided.registered("MH-QUEUE02", Kind.MODEL, "MTTQ-" + MUONG_NHE);
    decided.registered("MH-QUEUE03", Kind.MODEL, NA_HY);
    String mine = "/api/v1/models?decidableByMe=true&size=100&q=queue";

    Answer approverQueue = new SecuredCalls(port).get(approver(MUONG_NHE), mine);
    assertThat(approverQueue.status()).as(approverQueue.body()).isEqualTo(200);
    assertThat(approverQueue.body())
        .contains("MH-QUEUE01", "MH-QUEUE02")
        .doesNotContain("MH-QUEUE03")
        .contains("\"totalItems\":2");
    Answer monitorQueue = new SecuredCalls(port).get(monitor(), mine);
    assertThat(monitorQueue.body())
        .as("registered at cấp xã only: not the provincial body's decision")
        .contains("\"totalItems\":0");
    Answer everything =
        new SecuredCalls(port).get(approver(MUONG_NHE), "/api/v1/models?size=100&q=queue");
    assertThat(everything.body()).contains("\"totalItems\":3");
  }

  @Test
  void anIndividualIsCommendedWithoutAModel() {
    String body =
        "{\"recipientKind\":\"INDIVIDUAL\",\"recipientName\":\"Lò Thị Xuân\","
            + "\"position\":\"Trưởng bản Huổi Lếch\",\"unitId\":\""
            + MUONG_NHE
            + "\",\"level\":\"COMMUNE\",\"form\":\"CERTIFICATE_OF_MERIT\","
            + "\"decisionNumber\":\"45-QĐ/ĐU\",\"decisionDate\":\""
            + decided.today()
            + "\",\"signer\":\"Bí thư Đảng ủy xã\","
            + "\"achievement\":\"Vận động 12 hộ hiến đất mở đường liên bản\"}";

    assertThat(send(approver(NA_HY), "/api/v1/commendations", body).status()).isEqualTo(403);
    Answer recorded = send(approver(MUONG_NHE), "/api/v1/commendations", body);
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(recorded.body())
        .contains("\"formLabel\":\"Giấy khen\"")
        .contains("\"modelId\":null");
    assertThat(send(approver(MUONG_NHE), "/api/v1/commendations", body).status())
        .as("the same decision for the same person again")
        .isEqualTo(409);

    var stored = mongo.findAll(MovementCommendation.class);
    assertThat(stored)
        .filteredOn(c -> c.recipient().name().equals("Lò Thị Xuân"))
        .singleElement()
        .satisfies(c -> assertThat(c.modelId()).isNull());
    var events =
        new KafkaEvents(brokers)
                .awaitEvents(
                    Topics.MODEL_REGISTRY_EVENTS, CommendationRecorded.TYPE, 1, Waits.BACKGROUND)
                .stream()
                .map(e -> new String(e.getData().toBytes(), StandardCharsets.UTF_8))
                .filter(data -> data.contains("Lò Thị Xuân"))
                .collect(Collectors.toList());
    assertThat(events).singleElement().asString().contains("\"recipientKind\":\"INDIVIDUAL\"");
  }

  private long recognitionEventsOf(String modelId) {
    return new KafkaEvents(brokers)
        .await(
            Topics.MODEL_REGISTRY_EVENTS,
            r -> {
              var event = CloudEventCodec.decode(r.value());
              return ModelRecognised.TYPE.equals(event.getType())
                  && modelId.equals(event.getSubject());
            },
            1,
            Duration.ofSeconds(3))
        .size();
  }

  private String recognition(String modelId, String level) {
    return "{\"modelId\":\""
        + modelId
        + "\",\"level\":\""
        + level
        + "\",\"year\":"
        + decided.year()
        + ",\"decisionNumber\":\"12-QĐ/ĐU\",\"decisionDate\":\""
        + decided.today()
        + "\",\"signer\":\"Bí thư Đảng ủy xã\"}";
  }

  private static String approver(String unit) {
    return TestTokens.mint("approver." + unit.toLowerCase(), unit, "UNIT_APPROVER");
  }

  private static String monitor() {
    return TestTokens.mint("monitor", "BTGDV-TU", "MONITOR");
  }

  private Answer send(String token, String path, String json) {
    return new SecuredCalls(port).post(token, path, json);
  }
}
