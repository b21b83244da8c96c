package vn.dienbien.platform.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;

/**
 * Every service's security: an OAuth2 resource server applying the service's {@link EndpointPolicy}
 * (deny by default under /api), Basic auth for Prometheus, and the header-based mode of business
 * tests when {@code platform.security.enabled=false}.
 */
@AutoConfiguration(
    beforeName = {
      "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
      "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(PlatformSecurityProperties.class)
public class SecurityConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

  @Bean
  @ConditionalOnMissingBean
  CurrentActor currentActor(
      PlatformSecurityProperties properties, ObjectProvider<EndpointPolicy> policy) {
    return new CurrentActor(tokenMode(properties, policy));
  }

  /**
   * Keys from a {@code JWKSource} bean when one is declared (tests: test-support's
   * TestJwtConfiguration), else from {@code jwk-set-uri}, else from the issuer's discovery document
   * — fetched lazily, so a service starts while the authorisation server is still starting or down.
   * Whatever the keys, every token is checked by {@link TokenValidation}, on machine time: the
   * issuer stamps lifetimes with its own clock, while the business {@code Clock} bean may be
   * shifted or pinned ({@code platform.clock.*}, tests), which would refuse every fresh token. A
   * verified token is then reused until it expires ({@link VerifiedTokens}).
   */
  @Bean
  @ConditionalOnMissingBean
  JwtDecoder jwtDecoder(
      PlatformSecurityProperties properties, ObjectProvider<JWKSource<SecurityContext>> localKeys) {
    JwtDecoder verifying = verifyingDecoder(properties, localKeys.getIfAvailable());
    int cacheSize = properties.jwt().cacheSize();
    return cacheSize == 0
        ? verifying
        : new VerifiedTokens(verifying, properties.jwt().clockSkew(), Clock.systemUTC(), cacheSize);
  }

  private static JwtDecoder verifyingDecoder(
      PlatformSecurityProperties properties, JWKSource<SecurityContext> keys) {
    OAuth2TokenValidator<Jwt> validator = TokenValidation.of(properties, Clock.systemUTC());
    if (keys != null) {
      NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
      decoder.setJwtValidator(validator);
      return decoder;
    }
    return new SupplierJwtDecoder(() -> {
      NimbusJwtDecoder decoder =
          PlatformSecurityProperties.blank(properties.jwkSetUri())
              ? NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build()
              : NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
      decoder.setJwtValidator(validator);
      return decoder;
    });
  }

  /** The firewall's refusals ({@code //}, {@code ;x=1}, encoded slashes…) as problem+json. */
  @Bean
  @ConditionalOnMissingBean
  RequestRejectedHandler requestRejectedHandler() {
    return (request, response, e) -> SecurityProblems.rejected(response);
  }

  @Bean
  @ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
  org.springdoc.core.customizers.OpenApiCustomizer openApiSecurity(
      PlatformSecurityProperties properties) {
    return new OpenApiSecurity(properties);
  }

  @Bean
  @Order(1)
  SecurityFilterChain metricsChain(HttpSecurity http, PlatformSecurityProperties properties)
      throws Exception {
    return MetricsChain.build(http, properties);
  }

  @Bean
  @Order(2)
  SecurityFilterChain apiChain(
      HttpSecurity http,
      PlatformSecurityProperties properties,
      ObjectProvider<EndpointPolicy> policy,
      ObjectProvider<ChainFilter> extensions,
      CurrentActor actor,
      JwtDecoder decoder,
      ObjectProvider<MeterRegistry> meters,
      @Value("${platform.web.max-json-body:256KB}") DataSize maxBody)
      throws Exception {
    List<ChainFilter> filters = extensions.orderedStream().toList();
    if (!tokenMode(properties, policy)) {
      return ApiChain.open(http, filters);
    }
    var rateLimit = rateLimit(properties, actor, meters.getIfAvailable(SimpleMeterRegistry::new));
    return ApiChain.secured(
        http,
        new ApiChain.Parts(
            policy.getObject(),
            actor,
            decoder,
            new JwtClaims(properties.userClaim()),
            filters,
            rateLimit,
            (int) maxBody.toBytes()));
  }

  /** Writes limited per user (the configured exempt users, such as a load test's, are not). */
  private static RateLimitFilter rateLimit(
      PlatformSecurityProperties properties, CurrentActor actor, MeterRegistry registry) {
    var limiter =
        new WriteRateLimiter(
            properties.rateLimit().capacity(),
            properties.rateLimit().perMinute(),
            System::nanoTime);
    return new RateLimitFilter(
        limiter,
        Set.copyOf(properties.rateLimit().exemptUsers()),
        actor,
        registry.counter("security.rate-limited"));
  }

  private static boolean tokenMode(
      PlatformSecurityProperties properties, ObjectProvider<EndpointPolicy> policy) {
    if (!properties.enabled()) {
      return false;
    }
    if (policy.getIfAvailable() != null) {
      return true;
    }
    if (properties.policyRequired()) {
      throw new IllegalStateException(
          "platform.security.enabled=true but no EndpointPolicy bean is declared; "
              + "declare one (see platform/SECURITY.md) or set platform.security.enabled=false");
    }
    log.warn(
        "No EndpointPolicy bean: the API is NOT protected (transition mode). Declare one; see platform/SECURITY.md");
    return false;
  }
}
