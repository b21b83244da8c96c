package vn.dienbien.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** htmx's request and response headers the portal relies on. */
public final class Htmx {

  public static final String REQUEST = "HX-Request";

  private Htmx() {}

  public static boolean isPartial(HttpServletRequest request) {
    return "true".equals(request.getHeader(REQUEST));
  }

  /** Tells htmx to reload the whole page (which then goes through sign-in as a normal page). */
  public static void reloadPage(HttpServletResponse response) {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setHeader("HX-Refresh", "true");
  }

  /** Tells htmx to navigate to {@code location} (a full page load, e.g. after a form post). */
  public static void redirect(HttpServletResponse response, String location) {
    response.setHeader("HX-Redirect", location);
  }
}
