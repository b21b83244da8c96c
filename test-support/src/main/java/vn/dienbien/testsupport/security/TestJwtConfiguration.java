package vn.dienbien.testsupport.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Gives the service's platform decoder the public key of {@link TestTokens} instead of the auth
 * server's: signatures are checked against it and every other check (issuer, audience, expiry,
 * clock skew) is the platform's own. Import it on a shared test base so all classes share one
 * context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestJwtConfiguration {

  @Bean
  JWKSource<SecurityContext> testTokenKeys() {
    return TestTokens.keys();
  }
}
