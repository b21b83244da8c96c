package vn.dienbien.directive.seed;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.dienbien.directive.assignment.Issuing;
import vn.dienbien.directive.directive.DirectiveDraft;
import vn.dienbien.directive.directive.DirectiveDrafting;
import vn.dienbien.directive.directive.DirectiveNumber;
import vn.dienbien.directive.directive.Directives;
import vn.dienbien.directive.unit.UnitImport;

/**
 * Loads the units directory, its groups and directives 06-CT/TU and 11-CT/TU at startup, then
 * issues both as of their date. Every step is keyed on deterministic ids, so a restart, a second
 * instance starting at the same time, or a crash halfway duplicates nothing.
 *
 * <p>Always a bean; {@code directive.seed.enabled} is read when it runs, not as a bean condition: a
 * bean graph fixed at build time (Spring AOT, run-local.sh) must keep it for the local stack and
 * still obey the switch of each run.
 */
@Component
@EnableConfigurationProperties(SeedProperties.class)
class Seeder implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(Seeder.class);

  private final SeedProperties properties;
  private final GroupSeed groups;
  private final UnitImport units;
  private final Directives directives;
  private final DirectiveDrafting drafting;
  private final Issuing issuing;
  private final JsonMapper json;
  private final Validator validator;
  private final Clock clock;
  private final MeterRegistry meters;

  Seeder(
      SeedProperties properties,
      GroupSeed groups,
      UnitImport units,
      Directives directives,
      DirectiveDrafting drafting,
      Issuing issuing,
      JsonMapper json,
      Validator validator,
      Clock clock,
      MeterRegistry meters) {
    this.properties = properties;
    this.groups = groups;
    this.units = units;
    this.directives = directives;
    this.drafting = drafting;
    this.issuing = issuing;
    this.json = json;
    this.validator = validator;
    this.clock = clock;
    this.meters = meters;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (!properties.enabled()) {
      return;
    }
    groups.load(text(properties.groupsFile()));
    UnitImport.Report report = units.importCsv(text(properties.unitsFile()), null);
    log.info("Units seed from {}: {}", properties.unitsFile().getDescription(), report);
    List<DirectiveDraft> drafts =
        json.readValue(text(properties.directivesFile()), new TypeReference<>() {});
    drafts.forEach(this::seed);
  }

  private void seed(DirectiveDraft draft) {
    var violations = validator.validate(draft);
    if (!violations.isEmpty()) {
      throw new IllegalStateException(
          "Seed directive " + draft.number() + " is invalid: " + violations);
    }
    String id = DirectiveNumber.idOf(draft.number());
    if (directives.find(id).isEmpty()) {
      drafting.createIfAbsent(draft.toDirective(clock.instant()));
    }
    var asOf = draft.issuedOn().atTime(LocalTime.of(8, 0)).atZone(clock.getZone()).toInstant();
    var result = issuing.issue(id, null, asOf);
    meters.counter("seed.directives", "number", draft.number()).increment();
    log.info(
        "Directive seed {}: {} assignments, {} created now",
        draft.number(),
        result.assignments(),
        result.created());
  }

  private static String text(Resource resource) throws IOException {
    return resource.getContentAsString(StandardCharsets.UTF_8);
  }
}
