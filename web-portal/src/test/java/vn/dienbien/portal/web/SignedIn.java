package vn.dienbien.portal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A person signed in to the portal with one role, holding an access token for the services. */
public final class SignedIn {

  private SignedIn() {}

  public static RequestPostProcessor as(ClientRegistration portal, String role) {
    return oidcLogin()
        .clientRegistration(portal)
        .idToken(token ->
            token
                .subject(role.toLowerCase())
                .claim("name", "Người thử")
                .claim("roles", List.of(role)))
        .authorities(new SimpleGrantedAuthority("ROLE_" + role));
  }

  /** A person of {@code unit} holding {@code roles} (a commune's approver is also its officer). */
  public static RequestPostProcessor of(ClientRegistration portal, String unit, String... roles) {
    return oidcLogin()
        .clientRegistration(portal)
        .idToken(token ->
            token
                .subject("nguoi-thu")
                .claim("name", "Người thử")
                .claim("unit", unit)
                .claim("roles", List.of(roles)))
        .authorities(
            java.util.Arrays.stream(roles)
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r))
                .toArray(SimpleGrantedAuthority[]::new));
  }
}
