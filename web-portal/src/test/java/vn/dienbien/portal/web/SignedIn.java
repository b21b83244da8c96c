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
}
