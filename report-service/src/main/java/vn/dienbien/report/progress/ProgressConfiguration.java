package vn.dienbien.report.progress;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BoardReportProperties.class)
class ProgressConfiguration {

  @Bean
  BoardReport boardReport(BoardReportProperties issuer) {
    return new BoardReport(issuer);
  }
}
