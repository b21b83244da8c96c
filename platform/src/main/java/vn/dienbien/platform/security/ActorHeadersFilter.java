package vn.dienbien.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With security enabled, replaces {@code X-User-Id} and {@code X-Unit-Id} with the verified token's
 * user and unit (or removes them), so controllers that read those headers act for the authenticated
 * person and a client cannot claim another identity by setting them.
 */
final class ActorHeadersFilter extends OncePerRequestFilter {

  private final CurrentActor actor;

  ActorHeadersFilter(CurrentActor actor) {
    this.actor = actor;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Map<String, Optional<String>> replaced = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    replaced.put(CurrentActor.USER_HEADER, actor.userId());
    replaced.put(CurrentActor.UNIT_HEADER, actor.unitId());
    replaced.put(
        CurrentActor.ROLES_HEADER,
        Optional.of(String.join(",", actor.roles())).filter(r -> !r.isEmpty()));
    chain.doFilter(new Wrapper(request, replaced), response);
  }

  private static final class Wrapper extends HttpServletRequestWrapper {
    private final Map<String, Optional<String>> replaced;

    Wrapper(HttpServletRequest request, Map<String, Optional<String>> replaced) {
      super(request);
      this.replaced = replaced;
    }

    @Override
    public String getHeader(String name) {
      return replaced.containsKey(name) ? replaced.get(name).orElse(null) : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      if (!replaced.containsKey(name)) {
        return super.getHeaders(name);
      }
      return Collections.enumeration(replaced.get(name).map(Set::of).orElse(Set.of()));
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      Set<String> names = new LinkedHashSet<>(Collections.list(super.getHeaderNames()));
      names.removeIf(replaced::containsKey);
      replaced.forEach((name, value) -> value.ifPresent(v -> names.add(name)));
      return Collections.enumeration(names);
    }
  }
}
