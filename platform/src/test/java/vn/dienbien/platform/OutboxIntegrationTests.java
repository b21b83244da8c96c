package vn.dienbien.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.platform.testapp.PlatformTestApplication;
import vn.dienbien.platform.testapp.Ticket;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;

/**
 * Guarded transitions and idempotent creation publish exactly the events of the writes that
 * happened.
 */
@SpringBootTest(
    classes = PlatformTestApplication.class,
    properties = {
      "spring.cloud.stream.function.autodetect=false",
      "spring.cloud.function.definition="
    })
class OutboxIntegrationTests extends IntegrationTestBase {

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @Autowired Outbox outbox;

  @Autowired MongoTemplate mongo;

  @Test
  void guardedUpdateAppliesOnceAndMapsEmbeddedIds() {
    mongo.insert(new Ticket("t-guard", "XA-GUARD", "OPEN", new Ticket.Note("n-1", "ghi chú")));
    var guard = query(where("_id").is("t-guard").and("status").is("OPEN").and("note.id").is("n-1"));
    Update close = new Update().set("status", "CLOSED");

    assertThat(
            outbox.update(
                Ticket.class,
                guard,
                close,
                List.of(PlatformTestApplication.unit("XA-GUARD", "đóng lần 1"))))
        .isTrue();
    assertThat(
            outbox.update(
                Ticket.class,
                guard,
                close,
                List.of(PlatformTestApplication.unit("XA-GUARD", "đóng lần 2"))))
        .isFalse();

    var records =
        new KafkaEvents(brokers)
            .await(Topics.DIRECTIVE_EVENTS, r -> "XA-GUARD".equals(r.key()), 1, Waits.BACKGROUND);
    assertThat(records).hasSize(1);
    assertThat(new String(records.get(0).value())).contains("đóng lần 1");
    assertThat(mongo.findById("t-guard", Ticket.class).status()).isEqualTo("CLOSED");
  }

  @Test
  void guardWithoutIdAlsoWorks() {
    mongo.insert(new Ticket("t-noid", "XA-NOID", "OPEN"));
    assertThat(
            outbox.update(
                Ticket.class,
                query(where("unitId").is("XA-NOID").and("status").is("OPEN")),
                new Update().set("status", "CLOSED"),
                List.of()))
        .isTrue();
    assertThat(mongo.findById("t-noid", Ticket.class).status()).isEqualTo("CLOSED");
  }

  @Test
  void insertIfAbsentTwiceYieldsOneDocumentAndOneEventId() {
    var event =
        IdentifiedEvent.of(
            PlatformTestApplication.unit("XA-ONCE", "Xã Quảng Lâm"), "ticket:t-once:created");
    assertThat(outbox.insertIfAbsent(new Ticket("t-once", "XA-ONCE", "OPEN"), List.of(event)))
        .isTrue();
    assertThat(outbox.insertIfAbsent(new Ticket("t-once", "XA-ONCE", "OPEN"), List.of(event)))
        .isFalse();

    var records =
        new KafkaEvents(brokers)
            .await(Topics.DIRECTIVE_EVENTS, r -> "XA-ONCE".equals(r.key()), 1, Waits.BACKGROUND);
    assertThat(records).hasSize(1);
    assertThat(CloudEventCodec.decode(records.get(0).value()).getId()).isNotBlank();
  }
}
