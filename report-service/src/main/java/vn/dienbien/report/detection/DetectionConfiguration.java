package vn.dienbien.report.detection;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.report.obligation.DueDates;
import vn.dienbien.report.obligation.Obligations;

/** Wires the schedule, the escalation rules and the sweep. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DetectionProperties.class)
class DetectionConfiguration {

  @Bean
  DueSchedule dueSchedule(MongoTemplate mongo, Clock clock, DetectionProperties properties) {
    return new DueSchedule(mongo, clock, properties.slot().toMillis());
  }

  @Bean
  Escalation escalation(DetectionProperties properties) {
    return new Escalation(properties.dueSoonLeadDays(), properties.escalationDays());
  }

  @Bean
  DueDates dueDates(DueSchedule schedule, Escalation escalation) {
    return (obligationId, dueAt) -> schedule.add(obligationId, escalation.firstCheckpoint(dueAt));
  }

  @Bean
  @ConditionalOnProperty(
      name = "report.detection.enabled",
      havingValue = "true",
      matchIfMissing = true)
  DueSweep dueSweep(
      DueSchedule schedule,
      Obligations obligations,
      Escalation escalation,
      Outbox outbox,
      Clock clock,
      MeterRegistry meters,
      DetectionProperties properties) {
    return new DueSweep(
        schedule,
        obligations,
        escalation,
        new Reminders(outbox, meters),
        clock,
        meters,
        properties.batchSize());
  }
}
