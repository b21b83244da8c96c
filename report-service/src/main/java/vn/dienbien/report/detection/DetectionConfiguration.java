package vn.dienbien.report.detection;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import org.bson.Document;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dienbien.platform.due.DueEntry;
import vn.dienbien.platform.due.DueIndex;
import vn.dienbien.platform.due.DueIndexes;
import vn.dienbien.report.obligation.DueDates;
import vn.dienbien.report.obligation.Obligations;

/** Wires the schedule of checkpoints, the escalation rules and the sweep. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DetectionProperties.class)
class DetectionConfiguration {

  /** The checkpoints: entry key = obligation id, time = when to look at it again. */
  static final String SCHEDULE = "obligation_checkpoints";

  /** The bucket schedule of earlier versions, adopted once at start. */
  static final String LEGACY_SCHEDULE = "due_schedule";

  @Bean
  DueIndex checkpoints(DueIndexes indexes, Clock clock, DetectionProperties properties) {
    DueIndex index = indexes.open(SCHEDULE, properties.slot(), clock);
    indexes.adopt(LEGACY_SCHEDULE, index, DetectionConfiguration::legacyCheckpoints);
    return index;
  }

  @Bean
  Escalation escalation(DetectionProperties properties) {
    return new Escalation(properties.dueSoonLeadDays(), properties.escalationDays());
  }

  @Bean
  DueDates dueDates(DueIndex checkpoints, Escalation escalation) {
    return (obligationId, dueAt) ->
        checkpoints.add(DueEntry.of(obligationId, escalation.firstCheckpoint(dueAt)));
  }

  @Bean
  @ConditionalOnProperty(
      name = "report.detection.enabled",
      havingValue = "true",
      matchIfMissing = true)
  DueSweep dueSweep(
      DueIndex checkpoints,
      Obligations obligations,
      Escalation escalation,
      Clock clock,
      MeterRegistry meters,
      DetectionProperties properties) {
    return new DueSweep(
        checkpoints,
        obligations,
        escalation,
        new Reminders(obligations, meters),
        clock,
        meters,
        properties.batchSize());
  }

  /** A bucket {@code {_id: "slot:…", entries: [{o, at}]}} of {@value #LEGACY_SCHEDULE}. */
  private static List<DueEntry> legacyCheckpoints(Document bucket) {
    return bucket.getList("entries", Document.class, List.of()).stream()
        .map(e -> DueEntry.of(e.getString("o"), e.getDate("at").toInstant()))
        .toList();
  }
}
