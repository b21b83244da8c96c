package vn.dienbien.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Someone without a session (never signed in, or their session ended): a page goes straight to the
 * authorization server (and comes back to itself afterwards); a partial update reloads its page.
 */
final class SignInEntryPoint implements AuthenticationEntryPoint {

  private final String signIn;

  SignInEntryPoint(String signIn) {
    this.signIn = signIn;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (Htmx.isPartial(request)) {
      Htmx.reloadPage(response);
      return;
    }
    response.sendRedirect(request.getContextPath() + signIn);
  }
}
