package vn.dienbien.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/**
 * The portal holds no data and talks to the services in one place: only {@code api} calls HTTP, so
 * every call carries the person's token and every failure becomes a panel's message.
 */
class ArchitectureTests {

  private static final JavaClasses PORTAL =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.dienbien.portal");

  static final ArchRule ONLY_API_CALLS_SERVICES =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.dienbien.portal.api..")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(RestClient.class, java.net.http.HttpClient.class);

  static final ArchRule NO_DATABASE =
      noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework.data..");

  @Test
  void onlyTheApiPackageCallsTheServices() {
    ONLY_API_CALLS_SERVICES.check(PORTAL);
  }

  @Test
  void thePortalOwnsNoData() {
    NO_DATABASE.check(PORTAL);
  }

  @Test
  void featuresHaveNoCycles() {
    slices().matching("vn.dienbien.portal.(*)..").should().beFreeOfCycles().check(PORTAL);
  }

  /** Proof the rule can fail: a page class that calls a service itself. */
  @Test
  void theRuleCatchesAPageCallingAServiceItself() {
    JavaClasses violating = new ClassFileImporter().importClasses(Violation.class);
    assertThatThrownBy(() -> ONLY_API_CALLS_SERVICES.check(violating))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("RestClient");
  }

  static class Violation {
    Object call() {
      return RestClient.create("http://127.0.0.1:8082").get().retrieve().body(String.class);
    }
  }
}
