package vn.dienbien.auth.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

class UserConfigurationTests {

  @SuppressWarnings("deprecation")
  private static final NoOpPasswordEncoder PLAIN =
      (NoOpPasswordEncoder) NoOpPasswordEncoder.getInstance();

  @Test
  void officersOfAnyUnitExistOnlyWhereSwitchedOn() {
    var off = new UserConfiguration().users(PLAIN, "demo", false);
    assertThatThrownBy(() -> off.loadUserByUsername("officer@XA-SIN-THAU"))
        .isInstanceOf(UsernameNotFoundException.class);
    assertThat(off.loadUserByUsername("officer.muongnhe").getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_UNIT_OFFICER");

    var on = new UserConfiguration().users(PLAIN, "demo", true);
    assertThat(on.loadUserByUsername("officer@XA-SIN-THAU").getUsername())
        .isEqualTo("officer@XA-SIN-THAU");
    assertThatThrownBy(() -> on.loadUserByUsername("officer@XA SIN"))
        .isInstanceOf(UsernameNotFoundException.class);
  }
}
