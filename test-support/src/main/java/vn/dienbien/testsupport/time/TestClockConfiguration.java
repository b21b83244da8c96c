package vn.dienbien.testsupport.time;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Gives a Spring test context a {@link TestClock} starting at the base date, in place of the
 * platform's {@code Clock} bean (which backs off when another {@code Clock} exists). Tests inject
 * it as {@code @Autowired TestClock clock} to read or move business time.
 *
 * <p>A test that pins the platform clock itself with {@code platform.clock.fixed} or {@code
 * platform.clock.offset} (e.g. to test those properties) keeps the platform's clock.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

  @Bean
  @Primary
  @Conditional(PlatformClockNotPinned.class)
  TestClock testClock() {
    return TestClock.startingAtBase();
  }

  static final class PlatformClockNotPinned implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      var environment = context.getEnvironment();
      return !environment.containsProperty("platform.clock.fixed")
          && !environment.containsProperty("platform.clock.offset");
    }
  }
}
