package vn.dienbien.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Files officials through the real contacts API. */
final class Officials {

  private Officials() {}

  static String register(
      RestClient http, String name, String unitId, String role, String email, String mobile) {
    return register(http, name, unitId, role, email, mobile, null);
  }

  /** {@code digest}: the official's daily-digest choice, or null to leave it out of the request. */
  static String register(
      RestClient http,
      String name,
      String unitId,
      String role,
      String email,
      String mobile,
      Boolean digest) {
    var body = new java.util.HashMap<String, Object>();
    if (digest != null) {
      body.put("digest", digest);
    }
    body.put("fullName", name);
    body.put("title", "Cán bộ " + unitId);
    body.put("unitId", unitId);
    body.put("roles", List.of(role));
    body.put("email", email);
    body.put("mobile", mobile);
    var response =
        http.post()
            .uri("/api/v1/contacts")
            .contentType(MediaType.APPLICATION_JSON)
            .body(body)
            .retrieve()
            .toEntity(Map.class);
    assertThat(response.getStatusCode()).as("register %s", name).isEqualTo(HttpStatus.CREATED);
    return (String) response.getBody().get("id");
  }
}
