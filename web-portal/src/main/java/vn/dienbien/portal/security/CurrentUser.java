package vn.dienbien.portal.security;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/** The signed-in person of the current request, if any. */
@Component
public class CurrentUser {

  private final String userNameClaim;

  CurrentUser(@Value("${portal.oidc.user-name-claim}") String userNameClaim) {
    this.userNameClaim = userNameClaim;
  }

  public Optional<PortalUser> find() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof OidcUser oidc) {
      return Optional.of(PortalUser.of(oidc, userNameClaim));
    }
    return Optional.empty();
  }

  public PortalUser get() {
    return find().orElseThrow(() -> new IllegalStateException("no signed-in person"));
  }
}
