package vn.dienbien.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * The one clock every service reads. Operators (and the local demo) may run "as of" another
 * instant: {@code platform.clock.fixed} pins it, {@code platform.clock.offset} shifts it.
 */
@AutoConfiguration
@EnableConfigurationProperties(ClockConfiguration.ClockProperties.class)
public class ClockConfiguration {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  @ConfigurationProperties("platform.clock")
  public record ClockProperties(Instant fixed, @DefaultValue("0s") Duration offset) {}

  @Bean
  @ConditionalOnMissingBean
  Clock clock(ClockProperties properties) {
    Clock base =
        properties.fixed() != null ? Clock.fixed(properties.fixed(), ZONE) : Clock.system(ZONE);
    return properties.offset().isZero() ? base : Clock.offset(base, properties.offset());
  }

  /**
   * Bean Validation's {@code @Past}, {@code @PastOrPresent} and {@code @Future} read this clock, so
   * a service running "as of" another date judges "not in the future" by that date, as its own
   * rules do.
   */
  @Bean
  ValidationConfigurationCustomizer businessClockForValidation(Clock clock) {
    return configuration -> configuration.clockProvider(() -> clock);
  }
}
