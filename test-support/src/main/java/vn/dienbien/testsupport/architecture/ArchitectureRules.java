package vn.dienbien.testsupport.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The architecture rules every service checks, one rule per constraint, each shown to fail on a
 * violating class by {@code ArchitectureRulesTests}. A service applies a rule in a one-line test,
 * e.g. {@code ArchitectureRules.httpStaysInWeb().check(classes)} on its classes imported without
 * tests.
 */
public final class ArchitectureRules {

  /**
   * Inbound HTTP: Spring MVC (annotations, servlet and multipart support, handler methods, request
   * contexts, filters, status exceptions), the response types {@code HttpStatus}, {@code
   * ResponseEntity} and {@code ProblemDetail}, the servlet API, and the platform's web layer
   * ({@code ApiProblem}…). HTTP clients ({@code org.springframework.web.client}, {@code MediaType},
   * {@code HttpMethod}) are not the edge and stay allowed.
   */
  static final DescribedPredicate<JavaClass> HTTP_EDGE =
      resideInAnyPackage(
              "org.springframework.web.bind..",
              "org.springframework.web.servlet..",
              "org.springframework.web.multipart..",
              "org.springframework.web.method..",
              "org.springframework.web.context..",
              "org.springframework.web.server..",
              "org.springframework.web.filter..",
              "org.springframework.http.server..",
              "jakarta.servlet..",
              "vn.dienbien.platform.web..")
          .or(belongToAnyOf(HttpStatus.class, ResponseEntity.class, ProblemDetail.class))
          .as("Spring MVC, servlet or vn.dienbien.platform.web types");

  /**
   * The event contracts proper: the event records and their nested types, in the per-context
   * packages of {@code vn.dienbien.contracts}. The envelope ({@code DomainEvent}, {@code Topics},
   * {@code CloudEventCodec}) in the root package is what the outbox and the inbox speak, not a
   * contract with another service.
   */
  static final DescribedPredicate<JavaClass> CONTRACT_TYPES =
      DescribedPredicate.describe(
          "event-contract types (vn.dienbien.contracts.<context>..)",
          c -> c.getPackageName().startsWith("vn.dienbien.contracts."));

  /**
   * Event factories are classes named {@code *Events} (they build the service's events from its
   * state, mapping its own types to the contract's); consumers are classes named {@code *Consumer}
   * or {@code *Consumers} (they turn incoming events into calls in the service's own terms). Nested
   * and anonymous classes count as their top-level class.
   */
  static final DescribedPredicate<JavaClass> EVENT_FACTORIES_AND_CONSUMERS =
      DescribedPredicate.describe(
          "event factories (*Events) or consumers (*Consumer, *Consumers)",
          c -> {
            String name = topLevel(c).getSimpleName();
            return name.endsWith("Events")
                || name.endsWith("Consumer")
                || name.endsWith("Consumers");
          });

  private ArchitectureRules() {}

  /** (a) No class outside a {@code ..web..} package uses {@link #HTTP_EDGE} types. */
  public static ArchRule httpStaysInWeb() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("..web..")
        .should()
        .dependOnClassesThat(HTTP_EDGE)
        .because(
            "domain code throws domain exceptions and the web layer maps them to problem details");
  }

  /**
   * The part of {@link #httpStaysInWeb()} every service keeps today: no Spring MVC annotation
   * outside a {@code ..web..} package. A service that applies {@code httpStaysInWeb} drops this.
   */
  public static ArchRule springMvcAnnotationsStayInWeb() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("..web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework.web.bind.annotation..")
        .because("request mapping belongs to the web adapters");
  }

  /** Web adapters ({@code ..web..} packages) are used only by other web adapters. */
  public static ArchRule webAdaptersAreUsedOnlyByTheWebLayer() {
    return classes()
        .that()
        .resideInAPackage("..web..")
        .should()
        .onlyHaveDependentClassesThat()
        .resideInAPackage("..web..")
        .because("the domain must not know how it is served over HTTP");
  }

  /**
   * (b) Features depend only downward. {@code basePackage}'s direct subpackages are its features (a
   * feature's {@code web} adapter belongs to it), declared {@code bottomUp}: a feature may use
   * itself and the features declared before it, never one declared after it; classes of the base
   * package itself (the application) are above every feature; a feature missing from the order
   * fails the rule, so the order stays complete.
   */
  public static ArchRule featuresDependOnlyDownward(String basePackage, String... bottomUp) {
    return classes()
        .that()
        .resideInAPackage(basePackage + "..")
        .should(new DownwardOnly(basePackage, List.of(bottomUp)))
        .allowEmptyShould(false);
  }

  /** (c) Event-contract types are used only by event factories and consumers. */
  public static ArchRule contractsOnlyInEventFactoriesAndConsumers() {
    return noClasses()
        .that(DescribedPredicate.not(EVENT_FACTORIES_AND_CONSUMERS))
        .should()
        .dependOnClassesThat(CONTRACT_TYPES)
        .because(
            "the domain keeps its own types; one event factory per service maps them to the"
                + " contract, and consumers map the contract to the domain");
  }

  private static JavaClass topLevel(JavaClass javaClass) {
    JavaClass top = javaClass;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return top;
  }
}
