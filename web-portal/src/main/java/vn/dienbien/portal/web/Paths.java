package vn.dienbien.portal.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/** API paths with their variables and query parameters strictly encoded. */
public final class Paths {

  private final UriComponentsBuilder builder;
  private final List<Object> values;

  private Paths(String template, Object[] variables) {
    this.builder = UriComponentsBuilder.fromPath(template);
    this.values = new ArrayList<>(List.of(variables));
  }

  public static String of(String template, Object... variables) {
    return path(template, variables).build();
  }

  public static Paths path(String template, Object... variables) {
    return new Paths(template, variables);
  }

  /** Adds the parameter unless the value is null or blank. */
  public Paths param(String name, Object value) {
    if (value != null && !String.valueOf(value).isBlank()) {
      builder.queryParam(name, "{p" + values.size() + "}");
      values.add(value);
    }
    return this;
  }

  public String build() {
    return builder.encode().buildAndExpand(values.toArray()).toUriString();
  }
}
