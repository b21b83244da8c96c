package vn.dienbien.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dienbien.auth.user.DemoUser;
import vn.dienbien.auth.user.DemoUsers;

/** docker compose's Keycloak realm offers the same people and claims as the local auth server. */
class KeycloakRealmTests {

  private static final JsonNode REALM =
      JsonMapper.builder()
          .build()
          .readTree(Path.of("..", "docker", "keycloak", "realm-dienbien.json").toFile());

  @Test
  void theRealmHasEveryRoleAndEveryDemoUserWithTheSameUnit() {
    List<String> roles = REALM.path("roles").path("realm").findValuesAsString("name");
    assertThat(roles)
        .containsExactlyInAnyOrder(
            "ADMIN", "EDITOR", "MONITOR", "UNIT_OFFICER", "UNIT_APPROVER", "VIEWER");
    for (DemoUser demo : DemoUsers.ALL) {
      JsonNode user =
          REALM
              .path("users")
              .valueStream()
              .filter(u -> u.path("username").asString().equals(demo.username()))
              .findFirst()
              .orElseThrow();
      assertThat(user.path("realmRoles").valueStream().map(JsonNode::asString).toList())
          .as(demo.username())
          .isEqualTo(demo.roles());
      assertThat(user.path("attributes").path("unit").path(0).asString(null))
          .as(demo.username())
          .isEqualTo(demo.unit().orElse(null));
    }
  }

  @Test
  void everyClientMapsRolesAndUnitIntoTheAccessToken() {
    for (JsonNode client : REALM.path("clients")) {
      var claims =
          client
              .path("protocolMappers")
              .valueStream()
              .filter(m -> m.path("config").path("access.token.claim").asString().equals("true"))
              .map(m -> m.path("config").path("claim.name").asString(m.path("name").asString()))
              .toList();
      assertThat(claims).as(client.path("clientId").asString()).contains("roles", "unit", "name");
    }
    for (JsonNode client : REALM.path("clients")) {
      assertThat(
              client
                  .path("protocolMappers")
                  .valueStream()
                  .filter(m -> m.path("protocolMapper").asString().equals("oidc-audience-mapper"))
                  .map(m -> m.path("config").path("included.custom.audience").asString())
                  .toList())
          .as("%s tokens must name the API audience the services require", client.path("clientId"))
          .containsExactly("directive-tracking");
    }
    JsonNode swagger = REALM.path("clients").get(0);
    assertThat(swagger.path("attributes").path("pkce.code.challenge.method").asString())
        .isEqualTo("S256");
  }
}
