package vn.dienbien.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code platform-defaults.yml} as the LOWEST-precedence property source, so every service
 * gets the shared settings (actuator, readiness, Kafka serializers, DLQ, security, logs) and can
 * still override any of them in its own application.yml, a profile file, the environment or the
 * command line. (A {@code spring.config.import} would instead take precedence over the importing
 * file.)
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

  static final String NAME = "platformDefaults";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    if (environment.getPropertySources().contains(NAME)) {
      return;
    }
    try {
      for (PropertySource<?> source :
          new YamlPropertySourceLoader()
              .load(NAME, new ClassPathResource("platform-defaults.yml"))) {
        environment.getPropertySources().addLast(source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read platform-defaults.yml", e);
    }
  }
}
