package vn.dienbien.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  private final ServerTiming timing;

  WebConfiguration(ServerTiming timing) {
    this.timing = timing;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(timing);
  }

  /**
   * "Today" is today in Asia/Ho_Chi_Minh, wherever the portal runs. Like the services, {@code
   * platform.clock.fixed} pins it and {@code platform.clock.offset} shifts it, so a portal in front
   * of services run "as of" another date (demos, tests) counts days from the same day they do.
   */
  @Bean
  static Clock clock(
      @Value("${platform.clock.fixed:#{null}}") Instant fixed,
      @Value("${platform.clock.offset:0s}") Duration offset) {
    Clock base = fixed != null ? Clock.fixed(fixed, Formats.ZONE) : Clock.system(Formats.ZONE);
    return offset.isZero() ? base : Clock.offset(base, offset);
  }
}
