package vn.dienbien.contracts.directive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.EventCatalog;
import vn.dienbien.contracts.EventSchemas;

/** Milestones are an additive, optional part of task-assigned.v1: old and new readers agree. */
class TaskAssignedMilestonesTests {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 2, 23, 8, 0, 0, 0, ZoneOffset.ofHours(7));

  /** task-assigned.v1 as a consumer built before milestones knew it. */
  record TaskAssignedBeforeMilestones(
      String assignmentId,
      String taskCode,
      TaskAssigned.DeadlineKind deadlineKind,
      TaskAssigned.Cadence cadence,
      LocalDate periodEnd) {}

  @Test
  void aConsumerThatDoesNotKnowMilestonesReadsAnEventThatCarriesThem() {
    byte[] wire = CloudEventCodec.encode(withMilestone(), UUID.randomUUID(), AT);

    var old =
        CloudEventCodec.data(CloudEventCodec.decode(wire), TaskAssignedBeforeMilestones.class);

    assertThat(old)
        .isEqualTo(
            new TaskAssignedBeforeMilestones(
                "a-1",
                "11.7e",
                TaskAssigned.DeadlineKind.ONGOING,
                TaskAssigned.Cadence.HALF_YEARLY,
                LocalDate.of(2030, 12, 31)));
  }

  @Test
  void anEventWithoutMilestonesIsValidAndReadsAsNone() throws Exception {
    ObjectNode data = (ObjectNode) JSON.readTree(CloudEventCodec.dataJson(withMilestone()));
    data.remove("milestones");
    byte[] bytes = JSON.writeValueAsBytes(data);

    assertThat(EventSchemas.violations(EventCatalog.byType(TaskAssigned.TYPE).orElseThrow(), bytes))
        .isEmpty();
    var event =
        io.cloudevents.core.builder.CloudEventBuilder.v1()
            .withId("x")
            .withSource(java.net.URI.create("/directive-service"))
            .withType(TaskAssigned.TYPE)
            .withData(bytes)
            .build();
    assertThat(((TaskAssigned) CloudEventCodec.payload(event)).milestones()).isEmpty();
  }

  @Test
  void aMilestoneWithoutItsDueDateOrWithAnUnknownDateSourceBreaksTheSchema() throws Exception {
    var definition = EventCatalog.byType(TaskAssigned.TYPE).orElseThrow();
    ObjectNode data = (ObjectNode) JSON.readTree(CloudEventCodec.dataJson(withMilestone()));
    ((ObjectNode) data.path("milestones").get(0)).remove("dueDate");
    assertThat(EventSchemas.violations(definition, JSON.writeValueAsBytes(data)))
        .anySatisfy(v -> assertThat(v).contains("dueDate"));

    ObjectNode other = (ObjectNode) JSON.readTree(CloudEventCodec.dataJson(withMilestone()));
    ((ObjectNode) other.path("milestones").get(0)).put("dateSource", "GUESS");
    assertThat(EventSchemas.violations(definition, JSON.writeValueAsBytes(other))).isNotEmpty();
  }

  @Test
  void milestonesRoundTripWithTheirDatesAndSource() {
    byte[] wire = CloudEventCodec.encode(withMilestone(), UUID.randomUUID(), AT);
    assertThat(new String(wire, StandardCharsets.UTF_8))
        .contains("\"dueDate\":\"2028-12-20\"", "\"dateSource\":\"PROVINCE_DEFAULT\"");
    var decoded = (TaskAssigned) CloudEventCodec.payload(CloudEventCodec.decode(wire));
    assertThat(decoded.milestones())
        .containsExactly(
            new TaskAssigned.Milestone(
                "SO-KET-2028",
                "Báo cáo sơ kết giữa kỳ thực hiện Chỉ thị",
                LocalDate.of(2028, 12, 20),
                LocalDate.of(2028, 10, 1),
                TaskAssigned.DateSource.PROVINCE_DEFAULT));
  }

  private static TaskAssigned withMilestone() {
    return new TaskAssigned(
        "a-1",
        "d-1",
        "11-CT/TU",
        "Chỉ thị 11",
        "t-1",
        "11.7e",
        "Hướng dẫn, theo dõi, đôn đốc",
        null,
        "BTGDV-TU",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        TaskAssigned.Role.LEAD,
        TaskAssigned.DeadlineKind.ONGOING,
        null,
        TaskAssigned.Cadence.HALF_YEARLY,
        LocalDate.of(2026, 2, 23),
        LocalDate.of(2030, 12, 31),
        "BTGDV-TU",
        AT,
        null,
        List.of(
            new TaskAssigned.Milestone(
                "SO-KET-2028",
                "Báo cáo sơ kết giữa kỳ thực hiện Chỉ thị",
                LocalDate.of(2028, 12, 20),
                LocalDate.of(2028, 10, 1),
                TaskAssigned.DateSource.PROVINCE_DEFAULT)));
  }
}
