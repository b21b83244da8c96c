package vn.dienbien.modelregistry;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the platform clock in every integration test of the shared context, so tests that walk
 * through several years reuse the context instead of starting one per pinned date.
 */
@TestConfiguration(proxyBeanMethods = false)
class MovableClockConfiguration {

  @Bean
  @Primary
  MovableClock movableClock() {
    return new MovableClock();
  }
}
