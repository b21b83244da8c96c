package vn.dienbien.auth.user;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The demo users, all with the demo-only password {@code auth.demo-password}; with {@code
 * auth.demo-unit-officers} also {@code officer@<UNIT-CODE>} for any unit (local profile only).
 */
@Configuration(proxyBeanMethods = false)
class UserConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService users(
      PasswordEncoder encoder,
      @Value("${auth.demo-password}") String password,
      @Value("${auth.demo-unit-officers:false}") boolean unitOfficers) {
    String hash = encoder.encode(password);
    return username ->
        DemoUsers.find(username)
            .filter(u -> unitOfficers || !u.username().startsWith(DemoUsers.UNIT_OFFICER_PREFIX))
            .map(u ->
                User.withUsername(u.username())
                    .password(hash)
                    .roles(u.roles().toArray(String[]::new))
                    .build())
            .orElseThrow(() -> new UsernameNotFoundException(username));
  }
}
