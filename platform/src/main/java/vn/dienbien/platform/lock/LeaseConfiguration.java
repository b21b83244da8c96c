package vn.dienbien.platform.lock;

import java.time.Duration;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The platform's one ShedLock provider: leases in the service's {@code shedlock} collection, kept
 * alive while held. Scheduled jobs ({@code @SchedulerLock}) and the outbox relay use it.
 */
@AutoConfiguration
public class LeaseConfiguration {

  @Bean(destroyMethod = "close")
  KeepAliveLocks lockProvider(
      MongoTemplate mongo, @Value("${platform.locks.renew-check:1s}") Duration renewCheck) {
    return new KeepAliveLocks(new MongoLockProvider(mongo.getCollection("shedlock")))
        .start(renewCheck);
  }
}
