package vn.dienbien.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import vn.dienbien.portal.api.ApiTimings;

/**
 * {@code Server-Timing: api;dur=<slowest API call, ms>;desc="<service> <path>", calls;dur=<n>}: the
 * benchmark reads it to put a page's time beside the slowest API call that page made.
 */
@Component
class ServerTiming implements HandlerInterceptor {

  @Override
  public void postHandle(
      HttpServletRequest request,
      HttpServletResponse response,
      Object handler,
      ModelAndView modelAndView) {
    if (request.getAttribute(ApiTimings.ATTRIBUTE) instanceof ApiTimings timings) {
      timings
          .slowest()
          .ifPresent(call ->
              response.addHeader(
                  "Server-Timing",
                  String.format(
                      Locale.ROOT,
                      "api;dur=%.1f;desc=\"%s %s\", calls;dur=%d",
                      call.nanos() / 1e6,
                      call.backend(),
                      call.path().replaceAll("[^\\x20-\\x7e]|\"", "_"),
                      timings.count())));
    }
  }
}
