package vn.dienbien.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

@AutoConfiguration
public class InboxConfiguration {

  @Bean
  EventInbox eventInbox(MongoTemplate mongo, MeterRegistry meters, Clock clock) {
    return new EventInbox(mongo, meters, clock);
  }
}
