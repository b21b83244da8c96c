package vn.dienbien.platform.audit;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.platform.security.ChainFilter;
import vn.dienbien.platform.security.CurrentActor;

/**
 * The audit trail of every service: {@code audit_log}, its filter and {@code GET /api/v1/audit}.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration")
@ConditionalOnWebApplication
@ConditionalOnBean(MongoTemplate.class)
@ConditionalOnProperty(name = "platform.audit.enabled", havingValue = "true", matchIfMissing = true)
@Import(AuditController.class)
public class AuditConfiguration {

  @Bean
  AuditTrail auditTrail(MongoTemplate mongo) {
    return new AuditTrail(mongo);
  }

  @Bean
  ChainFilter auditChainFilter(
      AuditTrail trail, CurrentActor actor, Clock clock, MeterRegistry meters) {
    return new ChainFilter(new AuditFilter(trail, actor, clock, meters));
  }
}
