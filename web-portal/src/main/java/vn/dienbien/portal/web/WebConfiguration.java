package vn.dienbien.portal.web;

import java.time.Clock;
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

  /** "Today" is today in Asia/Ho_Chi_Minh, wherever the portal runs. */
  @Bean
  Clock clock() {
    return Clock.system(Formats.ZONE);
  }
}
