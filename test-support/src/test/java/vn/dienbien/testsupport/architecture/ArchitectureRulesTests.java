package vn.dienbien.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * Every rule passes on classes that keep it and fails, naming the culprit, on one that breaks it.
 */
class ArchitectureRulesTests {

  private static final String FIXTURE = "vn.dienbien.testsupport.architecture.fixture";

  @Test
  void httpInAWebAdapterIsFine() {
    assertThatCode(() -> ArchitectureRules.httpStaysInWeb().check(classes("http")))
        .doesNotThrowAnyException();
  }

  @Test
  void httpStatusOutsideWebFails() {
    assertThatThrownBy(() -> ArchitectureRules.httpStaysInWeb().check(classes("httpleak")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("TicketRules")
        .hasMessageContaining("HttpStatus")
        .hasMessageContaining("ResponseStatusException");
  }

  @Test
  void anUploadOutsideWebFails() {
    assertThatThrownBy(() -> ArchitectureRules.httpStaysInWeb().check(classes("multipartleak")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Evidence")
        .hasMessageContaining("MultipartFile");
  }

  @Test
  void springMvcAnnotationsInAWebAdapterAreFine() {
    assertThatCode(() -> ArchitectureRules.springMvcAnnotationsStayInWeb().check(classes("http")))
        .doesNotThrowAnyException();
  }

  @Test
  void aSpringMvcAnnotationOutsideWebFails() {
    assertThatThrownBy(() ->
            ArchitectureRules.springMvcAnnotationsStayInWeb().check(classes("annotationleak")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("TicketQueries")
        .hasMessageContaining("RequestParam");
  }

  @Test
  void aWebAdapterNobodyElseUsesIsFine() {
    assertThatCode(
            () -> ArchitectureRules.webAdaptersAreUsedOnlyByTheWebLayer().check(classes("http")))
        .doesNotThrowAnyException();
  }

  @Test
  void theDomainUsingAWebAdapterFails() {
    assertThatThrownBy(
            () -> ArchitectureRules.webAdaptersAreUsedOnlyByTheWebLayer().check(classes("webuse")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Tickets")
        .hasMessageContaining("TicketView");
  }

  @Test
  void aFeatureUsingOneBelowIsFine() {
    String base = FIXTURE + ".downward.ok";
    assertThatCode(() ->
            ArchitectureRules.featuresDependOnlyDownward(base, "low", "high")
                .check(classes("downward.ok")))
        .doesNotThrowAnyException();
  }

  @Test
  void aFeatureReachingUpFails() {
    String base = FIXTURE + ".downward.upward";
    assertThatThrownBy(() ->
            ArchitectureRules.featuresDependOnlyDownward(base, "low", "high")
                .check(classes("downward.upward")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("'low' depends on 'high' above it");
  }

  @Test
  void theSameClassesInTheOtherOrderFail() {
    String base = FIXTURE + ".downward.ok";
    assertThatThrownBy(() ->
            ArchitectureRules.featuresDependOnlyDownward(base, "high", "low")
                .check(classes("downward.ok")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("'high' depends on 'low' above it");
  }

  @Test
  void aFeatureMissingFromTheOrderFails() {
    String base = FIXTURE + ".downward.undeclared";
    assertThatThrownBy(() ->
            ArchitectureRules.featuresDependOnlyDownward(base, "low")
                .check(classes("downward.undeclared")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("feature 'extra', which the order [low] does not declare");
  }

  @Test
  void contractsInEventFactoriesAndConsumersAreFine() {
    assertThatCode(() ->
            ArchitectureRules.contractsOnlyInEventFactoriesAndConsumers()
                .check(classes("contracts.ok")))
        .doesNotThrowAnyException();
  }

  @Test
  void aContractEnumInTheDomainFails() {
    assertThatThrownBy(() ->
            ArchitectureRules.contractsOnlyInEventFactoriesAndConsumers()
                .check(classes("contracts.leak")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("fixture.contracts.leak.Unit")
        .hasMessageContaining("UnitChanged$Level");
  }

  private static JavaClasses classes(String fixture) {
    return new ClassFileImporter().importPackages(FIXTURE + "." + fixture);
  }
}
