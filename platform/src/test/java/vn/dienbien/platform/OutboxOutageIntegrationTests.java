package vn.dienbien.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.platform.due.DueIndex;
import vn.dienbien.platform.due.DueIndexes;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.platform.testapp.PlatformTestApplication;
import vn.dienbien.platform.testapp.Ticket;
import vn.dienbien.testsupport.EmbeddedMongo;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.TcpForwarder;
import vn.dienbien.testsupport.Waits;

/**
 * Kafka is unreachable while state changes are written; when the broker becomes reachable at the
 * configured address every event arrives, each id once.
 */
@SpringBootTest(
    classes = PlatformTestApplication.class,
    properties = {
      "spring.cloud.function.definition=",
      "spring.cloud.stream.function.autodetect=false",
      "platform.outbox.poll-interval=100ms",
      "platform.outbox.max-backoff=500ms"
    })
class OutboxOutageIntegrationTests {

  private static final int PORT = TcpForwarder.reservePort();
  private static EmbeddedKafkaKraftBroker broker;
  private static TcpForwarder forwarder;

  @Autowired Outbox outbox;

  @Autowired MongoTemplate mongo;

  @Autowired MeterRegistry meters;

  @Autowired DueIndexes dueIndexes;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("spring.mongodb.uri", () -> EmbeddedMongo.uri("outage"));
    registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + PORT);
  }

  @AfterAll
  static void stopBroker() throws IOException {
    if (forwarder != null) {
      forwarder.close();
    }
    if (broker != null) {
      broker.destroy();
    }
  }

  @Test
  void eventsWrittenWhileKafkaIsDownAllArriveOnceAfterItReturns() {
    List<String> units = IntStream.range(0, 40).mapToObj(i -> "XA-OUTAGE-" + i).toList();
    units.forEach(unit ->
        outbox.save(
            new Ticket("ticket-" + unit, unit, "OPEN"),
            List.of(PlatformTestApplication.unit(unit, "Xã thử nghiệm " + unit))));
    // A retried write of the same fact keeps its event id: consumers see it as one event.
    outbox.insertIfAbsent(
        new Ticket("ticket-XA-OUTAGE-0", "XA-OUTAGE-0", "OPEN"),
        List.of(IdentifiedEvent.of(PlatformTestApplication.unit("XA-OUTAGE-0", "lặp"), "once")));

    Waits.background().until(() -> meters.counter("outbox.relay.failures").count() >= 1);
    assertThat(markers().size()).isEqualTo(40);

    broker = new EmbeddedKafkaKraftBroker(1, 2, Topics.DIRECTIVE_EVENTS);
    broker.afterPropertiesSet();
    int brokerPort = Integer.parseInt(broker.getBrokersAsString().replaceFirst(".*:", ""));
    forwarder = TcpForwarder.open(PORT, brokerPort);

    KafkaEvents kafka = new KafkaEvents(broker.getBrokersAsString());
    var records =
        kafka.await(
            Topics.DIRECTIVE_EVENTS, r -> r.key().startsWith("XA-OUTAGE-"), 40, Waits.BACKGROUND);
    assertThat(records).hasSize(40);
    assertThat(records.stream().map(r -> CloudEventCodec.decode(r.value()).getId()).distinct())
        .hasSize(40);
    assertThat(records.stream().map(r -> r.key())).containsExactlyInAnyOrderElementsOf(units);
    Waits.background().until(() -> markers().size() == 0);
    assertThat(
            mongo
                .getCollection("tickets")
                .countDocuments(
                    new org.bson.Document("_outbox.0", new org.bson.Document("$exists", true))))
        .isZero();
  }

  /** The outbox's markers: one per event written and not yet published. */
  private DueIndex markers() {
    return dueIndexes.open("outbox_markers", Duration.ofSeconds(10), Clock.systemUTC());
  }
}
