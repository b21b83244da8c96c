package vn.dienbien.directive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.dienbien.testsupport.architecture.ArchitectureRules;

/** Boundaries of the service, each rule shown to fail in test-support's ArchitectureRulesTests. */
class ArchitectureTests {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.dienbien.directive");

  @Test
  void webAdaptersAreUsedOnlyByTheWebLayer() {
    ArchitectureRules.webAdaptersAreUsedOnlyByTheWebLayer().check(CLASSES);
  }

  @Test
  void contractsOnlyInEventFactoriesAndConsumers() {
    ArchitectureRules.contractsOnlyInEventFactoriesAndConsumers().check(CLASSES);
  }

  @Test
  void httpStaysInWeb() {
    ArchitectureRules.httpStaysInWeb().check(CLASSES);
  }

  /** The features, bottom up: each may use those before it, never one after it. */
  @Test
  void featuresDependOnlyDownward() {
    ArchitectureRules.featuresDependOnlyDownward(
            "vn.dienbien.directive", "unit", "directive", "assignment", "seed", "security")
        .check(CLASSES);
  }

  @Test
  void featuresHaveNoCycles() {
    slices().matching("vn.dienbien.directive.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void theDirectoryKnowsNothingOfDirectivesAndDirectivesNothingOfAssignments() {
    noClasses()
        .that()
        .resideInAPackage("..directive.unit..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..directive.directive..", "..directive.assignment..", "..directive.seed..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("vn.dienbien.directive.directive..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..directive.assignment..", "..directive.seed..")
        .check(CLASSES);
  }
}
