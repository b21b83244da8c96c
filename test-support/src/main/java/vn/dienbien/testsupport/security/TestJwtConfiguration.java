package vn.dienbien.testsupport.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Replaces the service's JwtDecoder (which would fetch keys from the auth server) with one that
 * trusts {@link TestTokens}. Import it on a shared test base so all classes share one context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestJwtConfiguration {

  @Bean
  JwtDecoder jwtDecoder() {
    return TestTokens.decoder();
  }
}
