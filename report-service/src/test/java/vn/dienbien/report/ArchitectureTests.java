package vn.dienbien.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import vn.dienbien.testsupport.architecture.ArchitectureRules;

/**
 * Boundaries of the service, each rule of {@code ArchitectureRules} shown to fail on a violating
 * class by {@code ArchitectureRulesTests}. Event contracts stay in the event factories ({@code
 * ObligationEvents}, {@code ObligationStateEvents}) and the consumer ({@code
 * DirectiveEventsConsumer}); the rest speaks the service's own types ({@code AssignedTask}, {@code
 * DeadlineKind}, {@code Cadence}, {@code Milestone}…).
 */
@AnalyzeClasses(
    packages = "vn.dienbien.report",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest
  static final ArchRule featuresHaveNoCycles =
      slices().matching("vn.dienbien.report.(*)..").should().beFreeOfCycles();

  // One rule per constraint: "noClasses().should(A).andShould(B)" only forbade doing both at once.
  @ArchTest
  static final ArchRule webAdaptersAreUsedOnlyByTheWebLayer =
      ArchitectureRules.webAdaptersAreUsedOnlyByTheWebLayer();

  @ArchTest static final ArchRule httpStaysInWeb = ArchitectureRules.httpStaysInWeb();

  @ArchTest
  static final ArchRule contractsOnlyInEventFactoriesAndConsumers =
      ArchitectureRules.contractsOnlyInEventFactoriesAndConsumers();

  /** The features, bottom up: each may use those before it, never one after it. */
  @ArchTest
  static final ArchRule featuresDependOnlyDownward =
      ArchitectureRules.featuresDependOnlyDownward(
          "vn.dienbien.report",
          "obligation",
          "extension",
          "submission",
          "detection",
          "progress",
          "security");

  @ArchTest
  static final ArchRule obligationsKnowNothingOfLaterFeatures =
      noClasses()
          .that()
          .resideInAPackage("vn.dienbien.report.obligation")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..extension..", "..submission..", "..detection..", "..progress..");
}
