package vn.dienbien.directive.seed;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * {@code directive.seed.enabled} is read when the seeder runs (the bean exists either way, as in a
 * Spring AOT bean graph): switched off it touches none of its collaborators (all absent here).
 */
class SeederSwitchTests {

  @Test
  void switchedOffTheSeederDoesNothing() {
    Seeder seeder = seeder(false);
    assertThatCode(() -> seeder.run(null)).doesNotThrowAnyException();
  }

  @Test
  void switchedOnItGoesToWork() {
    Seeder seeder = seeder(true);
    assertThatThrownBy(() -> seeder.run(null)).isInstanceOf(NullPointerException.class);
  }

  private static Seeder seeder(boolean enabled) {
    return new Seeder(
        new SeedProperties(enabled, null, null, null),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
