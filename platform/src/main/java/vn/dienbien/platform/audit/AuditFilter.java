package vn.dienbien.platform.audit;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.dienbien.platform.security.CurrentActor;

/**
 * Gives every request an id (echoed in {@code X-Request-Id}, in the logs' MDC) and records every
 * state-changing {@code /api} request of a known person in the audit trail once the response is
 * decided, refused ones included. Requests without any identity (401) are counted, not stored: they
 * name nobody. A failed audit write is logged and counted; it cannot undo a change already made.
 */
public final class AuditFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final AuditTrail trail;
  private final CurrentActor actor;
  private final Clock clock;
  private final MeterRegistry meters;

  public AuditFilter(AuditTrail trail, CurrentActor actor, Clock clock, MeterRegistry meters) {
    this.trail = trail;
    this.actor = actor;
    this.clock = clock;
    this.meters = meters;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String requestId = RequestIds.of(request);
    request.setAttribute(RequestIds.ATTRIBUTE, requestId);
    response.setHeader(RequestIds.HEADER, requestId);
    MDC.put("requestId", requestId);
    try {
      if (!audited(request)) {
        chain.doFilter(request, response);
        return;
      }
      var caching = new ContentCachingResponseWrapper(response);
      try {
        chain.doFilter(request, caching);
      } finally {
        record(request, caching, requestId);
        caching.copyBodyToResponse();
      }
    } finally {
      MDC.remove("requestId");
    }
  }

  private static boolean audited(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return WRITES.contains(request.getMethod()) && path.startsWith("/api/");
  }

  private void record(
      HttpServletRequest request, ContentCachingResponseWrapper response, String requestId) {
    if (actor.userId().isEmpty()) {
      meters.counter("audit.skipped", "reason", "anonymous").increment();
      return;
    }
    try {
      trail.append(entry(request, response, requestId));
      meters.counter("audit.recorded").increment();
    } catch (RuntimeException e) {
      meters.counter("audit.failed").increment();
      log.error(
          "Audit write failed for request {} {} {}",
          requestId,
          request.getMethod(),
          request.getRequestURI(),
          e);
    }
  }

  private AuditRecord entry(
      HttpServletRequest request, ContentCachingResponseWrapper response, String requestId) {
    var at = clock.instant();
    AuditedResponse body = AuditedResponse.of(response);
    Map<String, String> pathIds = pathIds(request);
    List<String> subjects = new ArrayList<>(pathIds.values());
    if (body.id() != null && !subjects.contains(body.id())) {
      subjects.add(body.id());
    }
    return new AuditRecord(
        new ObjectId(Date.from(at)),
        at,
        requestId,
        actor.userId().orElse(null),
        actor.unitId().orElse(null),
        actor.roles(),
        (String) request.getAttribute(CurrentActor.TARGET_UNIT_ATTRIBUTE),
        request.getMethod(),
        request.getRequestURI(),
        (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE),
        response.getStatus(),
        pathIds,
        body.id(),
        body.problemCode(),
        subjects);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> pathIds(HttpServletRequest request) {
    Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    return vars instanceof Map<?, ?> map ? Map.copyOf((Map<String, String>) map) : Map.of();
  }
}
