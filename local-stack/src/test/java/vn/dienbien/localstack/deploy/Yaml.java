package vn.dienbien.localstack.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads YAML files of the repository (anchors and merge keys resolved) as plain maps and lists. */
final class Yaml {

  static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

  private Yaml() {}

  static Map<String, Object> load(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file)) {
      return parser().load(reader);
    }
  }

  /** Every document of a multi-document file ("---"), empty ones left out. */
  static List<Map<String, Object>> loadAll(Path file) throws IOException {
    List<Map<String, Object>> documents = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file)) {
      for (Object document : parser().loadAll(reader)) {
        if (document != null) {
          documents.add(map(document));
        }
      }
    }
    return documents;
  }

  private static org.yaml.snakeyaml.Yaml parser() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(500); // docker-compose.yml reuses its anchors a lot
    return new org.yaml.snakeyaml.Yaml(options);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return value == null ? Map.of() : (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return value == null ? List.of() : (List<Object>) value;
  }

  /** The value at a path of keys, or null. */
  static Object at(Object root, String... path) {
    Object current = root;
    for (String key : path) {
      if (!(current instanceof Map<?, ?> m)) {
        return null;
      }
      current = m.get(key);
    }
    return current;
  }
}
