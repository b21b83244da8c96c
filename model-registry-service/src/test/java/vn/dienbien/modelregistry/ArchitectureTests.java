package vn.dienbien.modelregistry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.dienbien.modelregistry");

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("vn.dienbien.modelregistry.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void nothingOutsideAWebAdapterUsesOne() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..web..")
        .andShould()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework.web.bind.annotation..")
        .check(
            CLASSES.that(
                com.tngtech.archunit.base.DescribedPredicate.not(
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                        "vn.dienbien.platform.."))));
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
