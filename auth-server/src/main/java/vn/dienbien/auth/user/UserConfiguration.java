package vn.dienbien.auth.user;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/** The demo users, all with the demo-only password {@code auth.demo-password}. */
@Configuration(proxyBeanMethods = false)
class UserConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService users(
      PasswordEncoder encoder, @Value("${auth.demo-password}") String password) {
    String hash = encoder.encode(password);
    return new InMemoryUserDetailsManager(
        DemoUsers.ALL.stream()
            .map(u ->
                User.withUsername(u.username())
                    .password(hash)
                    .roles(u.roles().toArray(String[]::new))
                    .build())
            .toList());
  }
}
