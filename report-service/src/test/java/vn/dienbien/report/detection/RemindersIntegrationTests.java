package vn.dienbien.report.detection;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.Topics;
import vn.dienbien.contracts.report.ReportOverdue;
import vn.dienbien.report.Fixtures;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.Obligations;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;

/**
 * Two instances that read the same obligation before either wrote (the race ShedLock normally
 * prevents, e.g. after a lock lease expired mid-sweep): only the first guarded write emits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemindersIntegrationTests extends IntegrationTestBase {

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @Autowired MongoTemplate mongo;
  @Autowired Obligations obligations;
  @Autowired MeterRegistry meters;

  @Test
  void twoInstancesHoldingTheSameSnapshotEmitTheStepOnce() {
    KafkaEvents kafka = new KafkaEvents(brokers);
    String assignment = "race-" + UUID.randomUUID();
    String obligationId = Obligation.idOf(assignment, "FIXED");
    kafka.publish(Fixtures.task117a(assignment, "XA-QUANG-LAM", "Xã Quảng Lâm"));
    Waits.background().until(() -> mongo.findById(obligationId, Obligation.class) != null);
    Obligation snapshot = mongo.findById(obligationId, Obligation.class);
    var step30 = new Escalation.Alert(Escalation.Kind.OVERDUE, 30, 235);

    boolean first = new Reminders(obligations, meters).emit(snapshot, step30);
    boolean second = new Reminders(obligations, meters).emit(snapshot, step30);

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    var events =
        kafka.await(
            Topics.REPORT_EVENTS,
            r -> {
              var event = CloudEventCodec.decode(r.value());
              return ReportOverdue.TYPE.equals(event.getType())
                  && obligationId.equals(event.getSubject());
            },
            1,
            Waits.BACKGROUND);
    assertThat(events).hasSize(1);
    assertThat(mongo.findById(obligationId, Obligation.class).overdueStep()).isEqualTo(30);
  }
}
