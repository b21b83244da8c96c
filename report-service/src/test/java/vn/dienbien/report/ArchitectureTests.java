package vn.dienbien.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
    packages = "vn.dienbien.report",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest
  static final ArchRule featuresHaveNoCycles =
      slices().matching("vn.dienbien.report.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule domainDoesNotUseWebAdapters =
      noClasses()
          .that()
          .resideOutsideOfPackage("..web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..web..")
          .andShould()
          .dependOnClassesThat()
          .resideInAPackage("org.springframework.web.bind.annotation..");

  @ArchTest
  static final ArchRule obligationsKnowNothingOfLaterFeatures =
      noClasses()
          .that()
          .resideInAPackage("vn.dienbien.report.obligation")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..submission..", "..detection..", "..progress..");
}
