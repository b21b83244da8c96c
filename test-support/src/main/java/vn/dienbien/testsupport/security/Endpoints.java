package vn.dienbien.testsupport.security;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api} handler of the running service, one entry per method, pattern and body type.
 */
final class Endpoints {

  /** One callable endpoint; {@code consumes} is the body type to send (JSON when unspecified). */
  record Endpoint(HttpMethod method, String pattern, MediaType consumes) {
    String key() {
      return method.name() + " " + pattern;
    }

    boolean writes() {
      return !HttpMethod.GET.equals(method)
          && !HttpMethod.HEAD.equals(method)
          && !HttpMethod.OPTIONS.equals(method);
    }

    @Override
    public String toString() {
      return key() + (MediaType.APPLICATION_JSON.equals(consumes) ? "" : " [" + consumes + "]");
    }
  }

  private static final Set<RequestMethod> ALL =
      Set.of(
          RequestMethod.GET,
          RequestMethod.POST,
          RequestMethod.PUT,
          RequestMethod.PATCH,
          RequestMethod.DELETE);

  private Endpoints() {}

  static List<Endpoint> of(ApplicationContext context) {
    return context.getBeansOfType(RequestMappingHandlerMapping.class).values().stream()
        .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
        .flatMap(Endpoints::expand)
        .distinct()
        .sorted(Comparator.comparing(Endpoint::toString))
        .toList();
  }

  private static Stream<Endpoint> expand(RequestMappingInfo info) {
    Set<RequestMethod> methods =
        info.getMethodsCondition().getMethods().isEmpty()
            ? ALL
            : info.getMethodsCondition().getMethods();
    MediaType consumes =
        info.getConsumesCondition().getConsumableMediaTypes().stream()
            .findFirst()
            .orElse(MediaType.APPLICATION_JSON);
    return info.getPatternValues().stream()
        .filter(pattern -> pattern.startsWith("/api/"))
        .flatMap(pattern ->
            methods.stream()
                .map(m -> new Endpoint(HttpMethod.valueOf(m.name()), pattern, consumes)));
  }
}
