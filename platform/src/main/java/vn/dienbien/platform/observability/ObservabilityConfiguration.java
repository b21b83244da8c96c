package vn.dienbien.platform.observability;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
public class ObservabilityConfiguration {

  @Bean(name = "kafka")
  KafkaHealthIndicator kafkaHealthIndicator(
      @Value("${platform.kafka.bootstrap-servers:${spring.kafka.bootstrap-servers:127.0.0.1:9092}}")
          String servers) {
    return new KafkaHealthIndicator(servers);
  }
}
