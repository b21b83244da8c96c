package vn.dienbien.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.dienbien.testsupport.architecture.ArchitectureRules;

/** Boundaries of the service, checked on the compiled classes. */
class ArchitectureTests {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("vn.dienbien.notification");

  @Test
  void featuresDoNotDependOnWebAdapters() {
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
            "vn.dienbien.notification",
            "message",
            "unit",
            "template",
            "channel",
            "contact",
            "rule",
            "delivery",
            "digest",
            "reminder",
            "intake",
            "demo",
            "security")
        .check(CLASSES);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("vn.dienbien.notification.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void channelsKnowNothingOfDeliveriesRulesOrContacts() {
    noClasses()
        .that()
        .resideInAPackage("vn.dienbien.notification.channel..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.dienbien.notification.delivery..",
            "vn.dienbien.notification.digest..",
            "vn.dienbien.notification.reminder..",
            "vn.dienbien.notification.rule..",
            "vn.dienbien.notification.contact..")
        .check(CLASSES);
  }

  @Test
  void onlyTheIntakeReadsEventContractsOtherThanTheOnesWePublish() {
    noClasses()
        .that()
        .resideOutsideOfPackages("vn.dienbien.notification.intake..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "vn.dienbien.contracts.directive..",
            "vn.dienbien.contracts.report..",
            "vn.dienbien.contracts.modelregistry..")
        .check(CLASSES);
  }

  @Test
  void addressesNeverLeaveTheContactsFeatureThroughEvents() {
    noClasses()
        .that()
        .resideInAPackage("vn.dienbien.notification.contact..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("vn.dienbien.platform.outbox..", "vn.dienbien.contracts..")
        .check(CLASSES);
  }
}
