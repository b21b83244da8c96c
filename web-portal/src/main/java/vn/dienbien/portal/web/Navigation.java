package vn.dienbien.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.dienbien.portal.security.Htmx;

/**
 * Post/redirect/get for both kinds of request: a plain form post gets a redirect, an htmx post an
 * {@code HX-Redirect}; either way the next page shows {@code notice} once.
 */
public final class Navigation {

  private Navigation() {}

  /** Returns the view name to use ("redirect:…", or null when htmx was told where to go). */
  public static String redirect(
      String location, String notice, HttpServletRequest request, HttpServletResponse response) {
    var flash = RequestContextUtils.getOutputFlashMap(request);
    if (notice != null) {
      flash.put("notice", notice);
    }
    if (Htmx.isPartial(request)) {
      RequestContextUtils.saveOutputFlashMap(location, request, response);
      Htmx.redirect(response, request.getContextPath() + location);
      return "fragments :: empty";
    }
    return "redirect:" + location;
  }
}
