package vn.dienbien.directive.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dienbien.platform.refusal.Refusal;

/** A directive's transitions, decided without Spring or a store. */
class DirectiveLifecycleTests {

  static final Instant NOW = Instant.parse("2026-02-23T03:00:00Z");

  static Directive draft() {
    return new DirectiveDraft(
            "11-CT/TU",
            "BTV-TU",
            LocalDate.of(2026, 2, 23),
            "Chỉ thị",
            2025,
            2030,
            null,
            List.of(),
            List.of(),
            List.of(),
            null)
        .toDirective(NOW);
  }

  @Test
  void aDraftIsIssuedWithItsAssignmentCountAndThenNoLongerEditable() {
    Directive issued = DirectiveLifecycle.issue(draft(), 45, NOW);
    assertThat(issued.status()).isEqualTo(DirectiveStatus.ISSUED);
    assertThat(issued.assignmentCount()).isEqualTo(45);
    assertThat(issued.issuedAt()).isEqualTo(NOW);
    assertThat(DirectiveLifecycle.requireEditable(draft()).status())
        .isEqualTo(DirectiveStatus.DRAFT);
    assertThatThrownBy(() -> DirectiveLifecycle.requireEditable(issued))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.errors().get(0).field()).isEqualTo("status"));
  }

  @Test
  void anEndedDirectiveIsNotIssuedAgain() {
    Directive superseded =
        DirectiveLifecycle.issue(draft(), 1, NOW).withStatus(DirectiveStatus.SUPERSEDED, NOW, 1);
    assertThat(superseded.hasEnded()).isTrue();
    assertThatThrownBy(() -> DirectiveLifecycle.issue(superseded, 1, NOW))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.code()).isEqualTo("directive-not-draft");
              assertThat(r.getMessage()).contains("bị thay thế");
            });
  }

  @Test
  void onlyAnIssuedDirectiveEndsAndOnlyAsSupersededOrExpired() {
    Directive issued = DirectiveLifecycle.issue(draft(), 3, NOW);
    Directive expired = DirectiveLifecycle.end(issued, DirectiveStatus.EXPIRED).orElseThrow();
    assertThat(expired.status()).isEqualTo(DirectiveStatus.EXPIRED);
    assertThat(expired.issuedAt()).isEqualTo(NOW);
    assertThat(expired.assignmentCount()).isEqualTo(3);
    assertThat(DirectiveLifecycle.end(expired, DirectiveStatus.SUPERSEDED)).isEmpty();
    assertThat(DirectiveLifecycle.end(draft(), DirectiveStatus.SUPERSEDED)).isEmpty();
    assertThatThrownBy(() -> DirectiveLifecycle.end(issued, DirectiveStatus.DRAFT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
