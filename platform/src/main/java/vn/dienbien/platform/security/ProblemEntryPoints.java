package vn.dienbien.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
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
    SecurityProblems.unauthenticated(response);
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    SecurityProblems.forbidden(response);
  }
}
