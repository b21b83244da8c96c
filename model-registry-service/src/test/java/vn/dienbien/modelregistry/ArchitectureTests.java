package vn.dienbien.modelregistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.dienbien.testsupport.architecture.ArchitectureRules;

/** Boundaries of the service, one rule per constraint. */
class ArchitectureTests {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.dienbien.modelregistry");

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("vn.dienbien.modelregistry.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  // One rule per constraint: "noClasses().should(A).andShould(B)" only forbade doing both at once.
  @Test
  void nothingOutsideAWebAdapterUsesOne() {
    ArchitectureRules.webAdaptersAreUsedOnlyByTheWebLayer().check(CLASSES);
  }

  @Test
  void httpStaysInWeb() {
    ArchitectureRules.httpStaysInWeb().check(CLASSES);
  }

  @Test
  void contractsOnlyInEventFactoriesAndConsumers() {
    ArchitectureRules.contractsOnlyInEventFactoriesAndConsumers().check(CLASSES);
  }

  /**
   * The features, bottom up: each may use those before it, never one after it. Recognition comes
   * before evaluation: it owns the rule of who decides at which level, which evaluating follows.
   */
  @Test
  void featuresDependOnlyDownward() {
    ArchitectureRules.featuresDependOnlyDownward(
            "vn.dienbien.modelregistry",
            "unit",
            "model",
            "recognition",
            "evaluation",
            "commendation",
            "reporting",
            "demo",
            "security")
        .check(CLASSES);
  }

  @Test
  void theModelAggregateDependsOnNoOtherFeature() {
    noClasses()
        .that()
        .resideInAPackage("..modelregistry.model")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..modelregistry.evaluation..",
            "..modelregistry.recognition..",
            "..modelregistry.commendation..",
            "..modelregistry.reporting..",
            "..modelregistry.demo..")
        .check(CLASSES);
  }
}
