package vn.dienbien.modelregistry.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.dienbien.modelregistry.model.ExemplarType;
import vn.dienbien.modelregistry.model.Field;
import vn.dienbien.modelregistry.model.Kind;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.ModelRegistry.NewModel;
import vn.dienbien.modelregistry.model.Profile;
import vn.dienbien.modelregistry.model.TargetArea;

/**
 * The sample models a newcomer sees on the local stack, read from {@value #FILE}; names say "Mẫu
 * minh họa".
 */
final class DemoModels {

  static final String PREFIX = "[Mẫu minh họa] ";
  static final String FILE = "demo/models.json";

  private DemoModels() {}

  record Sample(String id, NewModel model) {}

  /**
   * One sample as the file writes it: registered at commune level in {@code year}, started on
   * 01/07/2025 under task 11.2, with one measured result.
   */
  private record Entry(
      String id,
      Kind kind,
      String unitId,
      int year,
      String name,
      ExemplarType exemplarType,
      Field field,
      List<TargetArea> targetAreas,
      String description,
      Profile.Result result) {

    Sample sample() {
      var profile =
          new Profile(
              PREFIX + name,
              exemplarType,
              field,
              null,
              targetAreas,
              description,
              LocalDate.of(2025, 7, 1),
              List.of(result),
              List.of(),
              "11-CT/TU#11.2");
      return new Sample(id, new NewModel(kind, unitId, profile, year, Level.COMMUNE, true));
    }
  }

  static List<Sample> all() {
    try (InputStream file = new ClassPathResource(FILE).getInputStream()) {
      List<Entry> entries =
          JsonMapper.builder().build().readValue(file, new TypeReference<List<Entry>>() {});
      return entries.stream().map(Entry::sample).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + FILE, e);
    }
  }
}
