package vn.dienbien.platform.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The security and audit packages keep their direction and leak no internals. */
class SecurityArchitectureTests {

  private static final JavaClasses PLATFORM =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.dienbien.platform");

  @Test
  void theAuditTrailUsesSecurityNeverTheOtherWayRound() {
    noClasses()
        .that()
        .resideInAPackage("..platform.security..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..platform.audit..")
        .check(PLATFORM);
  }

  @Test
  void platformPackagesHaveNoCycles() {
    slices().matching("vn.dienbien.platform.(*)..").should().beFreeOfCycles().check(PLATFORM);
  }

  @Test
  void outboxInboxAndTimeKnowNothingOfWebSecurity() {
    noClasses()
        .that()
        .resideInAnyPackage("..platform.outbox..", "..platform.inbox..", "..platform.time..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..platform.security..", "..platform.audit..", "org.springframework.security..")
        .check(PLATFORM);
  }
}
