package vn.dienbien.platform.due;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Due indexes and lease claims for every service; leases run on the machine clock. */
@AutoConfiguration
public class DueConfiguration {

  @Bean
  @ConditionalOnMissingBean
  DueIndexes dueIndexes(MongoTemplate mongo) {
    return new DueIndexes(mongo);
  }

  @Bean
  @ConditionalOnMissingBean
  Leases leases(MongoTemplate mongo) {
    return new Leases(mongo, Clock.systemUTC());
  }
}
