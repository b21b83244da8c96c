package vn.dienbien.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import vn.dienbien.testsupport.architecture.ArchitectureRules;

/** {@code httpStaysInWeb} counts the platform's web layer ({@code ApiProblem}) as HTTP too. */
class PlatformWebRuleTests {

  @Test
  void aDomainClassRefusingWithApiProblemBreaksTheRule() {
    var classes = new ClassFileImporter().importPackages("vn.dienbien.platform.httpfixture");
    assertThatThrownBy(() -> ArchitectureRules.httpStaysInWeb().check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Refusals")
        .hasMessageContaining("vn.dienbien.platform.web.ApiProblem");
  }
}
