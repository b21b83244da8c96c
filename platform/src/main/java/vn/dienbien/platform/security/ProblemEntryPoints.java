package vn.dienbien.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 with the standard WWW-Authenticate challenge and 403, both as Vietnamese problem+json. */
final class ProblemEntryPoints implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final AuthenticationEntryPoint challenge;

  private ProblemEntryPoints(AuthenticationEntryPoint challenge) {
    this.challenge = challenge;
  }

  static ProblemEntryPoints bearer() {
    return new ProblemEntryPoints(new BearerTokenAuthenticationEntryPoint());
  }

  static ProblemEntryPoints basic(String realm) {
    return new ProblemEntryPoints((request, response, e) ->
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\""));
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException, jakarta.servlet.ServletException {
    challenge.commence(request, response, e);
    switch (kind(e)) {
      case EXPIRED -> SecurityProblems.tokenExpired(response);
      case INVALID -> SecurityProblems.tokenInvalid(response);
      case MISSING -> SecurityProblems.unauthenticated(response);
    }
  }

  private enum Kind {
    MISSING,
    EXPIRED,
    INVALID
  }

  /** No token at all, an expired one, or one that is wrong in any other way. */
  private static Kind kind(AuthenticationException e) {
    if (!(e instanceof OAuth2AuthenticationException)) {
      return Kind.MISSING;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JwtValidationException invalid
          && invalid.getErrors().stream()
              .anyMatch(error -> TokenValidation.EXPIRED.equals(error.getDescription()))) {
        return Kind.EXPIRED;
      }
    }
    return Kind.INVALID;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    SecurityProblems.forbidden(response);
  }
}
