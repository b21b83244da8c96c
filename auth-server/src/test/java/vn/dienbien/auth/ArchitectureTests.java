package vn.dienbien.auth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

  private static final JavaClasses AUTH =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.dienbien.auth");

  @Test
  void featuresHaveNoCycles() {
    slices().matching("vn.dienbien.auth.(*)..").should().beFreeOfCycles().check(AUTH);
  }

  @Test
  void usersDependOnNoWebOrTokenCode() {
    noClasses()
        .that()
        .resideInAPackage("..auth.user..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..auth.token..", "..auth.server..", "..auth.login..", "org.springframework.web..")
        .check(AUTH);
  }
}
