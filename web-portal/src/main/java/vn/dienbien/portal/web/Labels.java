package vn.dienbien.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Vietnamese names of the codes the APIs return (states, outcomes, kinds). Used in templates as
 * {@code ${@labels.of('state', o.state)}}; an unknown code is shown as a dash, never as English.
 * The names are in {@code labels.properties} ({@code <area>.<CODE>=<name>}, UTF-8), read once at
 * start.
 */
@Component("labels")
public class Labels {

  static final String RESOURCE = "labels.properties";

  private final Map<String, Map<String, String>> names;

  public Labels() {
    this.names = byArea(read(RESOURCE));
  }

  public String of(String kind, Object code) {
    if (code == null) {
      return "—";
    }
    return names.getOrDefault(kind, Map.of()).getOrDefault(String.valueOf(code), "—");
  }

  /** Every code of a kind with its name, ordered by name (for the options of a list). */
  public Map<String, String> all(String kind) {
    Map<String, String> ordered = new LinkedHashMap<>();
    names.getOrDefault(kind, Map.of()).entrySet().stream()
        .sorted(Map.Entry.comparingByValue(Collator.getInstance(Locale.of("vi"))))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  private static Properties read(String resource) {
    Properties properties = new Properties();
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    return properties;
  }

  private static Map<String, Map<String, String>> byArea(Properties properties) {
    Map<String, Map<String, String>> areas = new HashMap<>();
    for (String key : properties.stringPropertyNames()) {
      int dot = key.indexOf('.');
      if (dot < 1) {
        throw new IllegalStateException("Label key without an area: " + key);
      }
      areas
          .computeIfAbsent(key.substring(0, dot), a -> new HashMap<>())
          .put(key.substring(dot + 1), properties.getProperty(key));
    }
    areas.replaceAll((area, codes) -> Map.copyOf(codes));
    return Map.copyOf(areas);
  }
}
