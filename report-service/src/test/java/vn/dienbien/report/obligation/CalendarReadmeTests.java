package vn.dienbien.report.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * The README's "Reporting calendar" section lists every setting of the calendar with its default
 * and its source, the same defaults the code and application.yml use; the settings bind as
 * documented.
 */
class CalendarReadmeTests {

  static final String PREFIX = "report.calendar.";

  @Test
  void everySettingWithADefaultIsInTheReadmeWithThatDefaultAndASource() throws Exception {
    List<String> rows = tableRows();
    Map<String, String> defaults = defaults();
    assertThat(defaults).hasSizeGreaterThanOrEqualTo(6);
    defaults.forEach((name, value) ->
        assertThat(row(rows, PREFIX + kebab(name)))
            .as("README row of %s", name)
            .startsWith("| `" + PREFIX + kebab(name) + "` | " + value + " | ")
            .satisfies(r -> assertThat(r.split("\\|")[3].strip()).hasSizeGreaterThan(10)));
  }

  /** The defaults the code binds: {@code @DefaultValue} on the record's constructor parameters. */
  private static Map<String, String> defaults() throws NoSuchMethodException {
    RecordComponent[] components = CalendarProperties.class.getRecordComponents();
    Parameter[] parameters =
        CalendarProperties.class
            .getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
            .getParameters();
    Map<String, String> defaults = new LinkedHashMap<>();
    for (int i = 0; i < components.length; i++) {
      DefaultValue value = parameters[i].getAnnotation(DefaultValue.class);
      if (value != null) {
        defaults.put(components[i].getName(), value.value()[0]);
      }
    }
    return defaults;
  }

  @Test
  void applicationYmlSetsTheDefaultsTheReadmeGives() throws IOException {
    List<String> rows = tableRows();
    Map<String, Object> configured = configuredCalendar();
    assertThat(configured).isNotEmpty();
    configured.forEach((key, value) ->
        assertThat(row(rows, PREFIX + key))
            .as("README row of %s", key)
            .startsWith("| `" + PREFIX + key + "` | " + value + " | "));
  }

  @Test
  void everySettingPerKindOfPeriodAndPerDirectiveIsInTheReadme() throws IOException {
    String periods = row(tableRows(), PREFIX + "periods.[KIND]");
    for (RecordComponent c : CalendarProperties.PeriodRule.class.getRecordComponents()) {
      assertThat(periods).contains("." + kebab(c.getName()) + "`");
    }
    for (PeriodKind kind : PeriodKind.values()) {
      assertThat(periods).contains(kind.name());
    }
    String directives = row(tableRows(), PREFIX + "directives.[");
    for (RecordComponent c : CalendarProperties.DirectiveCalendar.class.getRecordComponents()) {
      assertThat(directives).contains("." + kebab(c.getName()));
    }
  }

  @Test
  void settingsPerKindAndPerDirectiveBindAsDocumented() {
    var source =
        new MapConfigurationPropertySource(
            Map.of(
                PREFIX + "periods.[YEAR].due-days-after-cut-off", "10",
                PREFIX + "directives.[11-CT/TU].cadence", "QUARTERLY",
                PREFIX + "directives.[11-CT/TU].periods.[FIRST_HALF].window-opens-day", "5"));
    CalendarProperties bound =
        new Binder(source).bindOrCreate("report.calendar", CalendarProperties.class);

    assertThat(bound.cutOffDay()).isEqualTo(14);
    assertThat(bound.periods().get(PeriodKind.YEAR).dueDaysAfterCutOff()).isEqualTo(10);
    var own = bound.directives().get("11-CT/TU");
    assertThat(own.cadence()).hasToString("QUARTERLY");
    assertThat(own.periods().get(PeriodKind.FIRST_HALF).windowOpensDay()).isEqualTo(5);
  }

  private static List<String> tableRows() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("\n## Reporting calendar\n");
    assertThat(start).as("README has a Reporting calendar section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme
        .substring(start, end < 0 ? readme.length() : end)
        .lines()
        .filter(l -> l.startsWith("| `"))
        .toList();
  }

  private static String row(List<String> rows, String setting) {
    return rows.stream()
        .filter(r -> r.startsWith("| `" + setting))
        .findFirst()
        .orElseThrow(() -> new AssertionError("README has no row for " + setting));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> configuredCalendar() throws IOException {
    try (InputStream in =
        CalendarReadmeTests.class.getClassLoader().getResourceAsStream("application.yml")) {
      Map<String, Object> yml = new Yaml().load(in);
      return (Map<String, Object>) ((Map<String, Object>) yml.get("report")).get("calendar");
    }
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
  }
}
