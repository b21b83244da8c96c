package vn.dienbien.auth.token;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.auth.server.AuthProperties;
import vn.dienbien.auth.user.DemoUser;

/**
 * LOCAL DEMO CONVENIENCE ONLY (profile {@code local}): a demo user's username and password in, a
 * signed access token out, so curl needs no browser. It is the password grant OAuth 2.1 removed; it
 * does not exist without the local profile.
 */
@RestController
@Profile("local")
class DemoTokenController {

  private final AuthenticationManager authentication;
  private final JwtEncoder encoder;
  private final AuthProperties properties;
  private final Clock clock = Clock.systemUTC();

  DemoTokenController(
      UserDetailsService users,
      PasswordEncoder passwords,
      JwtEncoder encoder,
      AuthProperties properties) {
    var provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(passwords);
    this.authentication = new ProviderManager(provider);
    this.encoder = encoder;
    this.properties = properties;
  }

  @PostMapping(path = "/demo/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<?> token(
      @RequestParam String username,
      @RequestParam String password,
      @RequestParam(defaultValue = "false") boolean raw) {
    try {
      authentication.authenticate(
          UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    } catch (AuthenticationException e) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.UNAUTHORIZED, "Tên đăng nhập hoặc mật khẩu không đúng");
      problem.setTitle("Chưa xác thực");
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    DemoUser user = TokenClaims.user(username).orElseThrow();
    String token = sign(user);
    if (raw) {
      return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(token);
    }
    return ResponseEntity.ok(
        Map.of(
            "access_token",
            token,
            "token_type",
            "Bearer",
            "expires_in",
            properties.tokenTtl().toSeconds()));
  }

  private String sign(DemoUser user) {
    Instant now = clock.instant();
    var claims =
        JwtClaimsSet.builder()
            .issuer(properties.issuer())
            .subject(user.username())
            .audience(java.util.List.of(properties.audience()))
            .issuedAt(now)
            .expiresAt(now.plus(properties.tokenTtl()))
            .id(UUID.randomUUID().toString());
    TokenClaims.addTo(claims, user);
    return encoder
        .encode(
            JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
        .getTokenValue();
  }
}
