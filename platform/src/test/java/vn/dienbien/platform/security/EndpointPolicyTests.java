package vn.dienbien.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.POST;
import static vn.dienbien.platform.security.Role.ADMIN;
import static vn.dienbien.platform.security.Role.MONITOR;
import static vn.dienbien.platform.security.Role.UNIT_APPROVER;
import static vn.dienbien.platform.security.Role.UNIT_OFFICER;
import static vn.dienbien.platform.security.Role.VIEWER;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EndpointPolicyTests {

  private final EndpointPolicy policy =
      EndpointPolicy.builder()
          .allowOwnUnit(
              POST, "/api/v1/units/{unitId}/reports", UnitFrom.path("unitId"), UNIT_OFFICER, ADMIN)
          .allow(POST, "/api/v1/reports/{id}/review", MONITOR)
          .read("/api/v1/**", VIEWER, MONITOR)
          .build();

  @Test
  void theFirstMatchingRuleDecidesAndCarriesThePathVariables() {
    var match = policy.match(POST, "/api/v1/units/XA-NA-HY/reports").orElseThrow();
    assertThat(match.rule().roles()).containsExactlyInAnyOrder(UNIT_OFFICER, ADMIN);
    assertThat(match.variables()).containsEntry("unitId", "XA-NA-HY");
    assertThat(policy.match(GET, "/api/v1/reports/R-1").orElseThrow().rule().pattern())
        .isEqualTo("/api/v1/**");
  }

  @Test
  void headIsReadLikeGetAndUnlistedWritesMatchNothing() {
    assertThat(policy.match(HEAD, "/api/v1/reports")).isPresent();
    assertThat(policy.match(DELETE, "/api/v1/reports/R-1")).isEmpty();
    assertThat(policy.match(POST, "/api/v1/reports")).isEmpty();
  }

  @Test
  void theAuditTrailIsAlwaysReadableByAdminAndMonitorOnly() {
    var audit = policy.match(GET, "/api/v1/audit").orElseThrow().rule();
    assertThat(audit.roles()).containsExactlyInAnyOrder(ADMIN, MONITOR);
  }

  @Test
  void onlyAnOfficerWithoutABroaderAllowedRoleIsHeldToTheirUnit() {
    var rule = policy.match(POST, "/api/v1/units/XA-NA-HY/reports").orElseThrow().rule();
    assertThat(rule.scopes(Set.of(UNIT_OFFICER))).isTrue();
    assertThat(rule.scopes(Set.of(UNIT_OFFICER, ADMIN))).isFalse();
    assertThat(rule.scopes(Set.of(UNIT_OFFICER, VIEWER))).as("VIEWER is not allowed here").isTrue();
    assertThat(rule.scopes(Set.of(ADMIN))).isFalse();
  }

  @Test
  void anApproverIsHeldToTheirUnitLikeAnOfficer() {
    var rule = policy.match(POST, "/api/v1/units/XA-NA-HY/reports").orElseThrow().rule();
    assertThat(rule.scopes(Set.of(UNIT_APPROVER))).isTrue();
    assertThat(rule.scopes(Set.of(UNIT_APPROVER, UNIT_OFFICER)))
        .as("two unit-bound roles are still one unit")
        .isTrue();
    assertThat(rule.scopes(Set.of(UNIT_APPROVER, ADMIN))).isFalse();
  }

  @Test
  void rulesThatCannotWorkAreRefusedWhenDeclared() {
    assertThatThrownBy(() -> EndpointPolicy.builder().allow(POST, "/api/v1/x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() ->
            EndpointPolicy.builder()
                .allowOwnUnit(
                    POST, "/api/v1/units/{code}/reports", UnitFrom.path("unitId"), UNIT_OFFICER))
        .hasMessageContaining("{unitId}");
    assertThatThrownBy(() -> EndpointPolicy.builder().read("api/v1/x", VIEWER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTableDescribesEveryRuleInPlainStrings() {
    assertThat(policy.asTable()).hasSize(4);
    assertThat(policy.asTable().get(1))
        .containsEntry("method", "POST")
        .containsEntry("roles", "ADMIN,UNIT_OFFICER")
        .containsEntry("unitFrom", "path:unitId");
  }
}
