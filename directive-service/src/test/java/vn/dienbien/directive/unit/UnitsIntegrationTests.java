package vn.dienbien.directive.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.directive.DirectiveIntegrationTestBase;

class UnitsIntegrationTests extends DirectiveIntegrationTestBase {

  @Test
  void createUpdateDeactivatePublishUnitChanged() {
    var created =
        post(
            "/api/v1/units",
            Map.of(
                "code",
                "HOI-KHUYEN-HOC-TINH",
                "name",
                "Hội Khuyến học tỉnh",
                "kind",
                "MASS_ORG",
                "level",
                "PROVINCE",
                "parentId",
                "UB-MTTQ-TINH"));
    assertThat(created.status()).isEqualTo(201);
    call(
        HttpMethod.PUT,
        "/api/v1/units/HOI-KHUYEN-HOC-TINH",
        Map.of(
            "code",
            "HOI-KHUYEN-HOC-TINH",
            "name",
            "Hội Khuyến học tỉnh Điện Biên",
            "kind",
            "MASS_ORG",
            "level",
            "PROVINCE"),
        Map.of("X-User-Id", "admin-01"));
    call(HttpMethod.DELETE, "/api/v1/units/HOI-KHUYEN-HOC-TINH", null, Map.of());

    var events = directiveEvents(UnitChanged.TYPE, "unitId", "HOI-KHUYEN-HOC-TINH", 3);
    assertThat(events.stream().map(e -> data(e).get("change").asString()))
        .containsExactly("CREATED", "UPDATED", "DEACTIVATED");
    assertThat(data(events.get(1)).get("actorId").asString()).isEqualTo("admin-01");
    assertThat(get("/api/v1/units/HOI-KHUYEN-HOC-TINH").body().get("active").asBoolean()).isFalse();
    post(
            "/api/v1/units",
            Map.of(
                "code",
                "HOI-KHUYEN-HOC-TINH",
                "name",
                "Trùng",
                "kind",
                "MASS_ORG",
                "level",
                "PROVINCE"))
        .assertProblem(409, "code");
  }

  @Test
  void csvImportCreatesUpdatesAndFillsGroups() {
    String csv =
        "code,name,kind,level,parent_code,groups,source\n"
            + "SO-XAY-DUNG,Sở Xây dựng,DEPARTMENT,PROVINCE,UBND-TINH,SO-BAN-NGANH,\"thử nghiệm, nhập tay\"\n";
    var answer = post("/api/v1/units/import", csv);
    assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
    var report = answer.body();
    assertThat(report.get("created").asInt()).as("%s", report).isEqualTo(1);
    assertThat(post("/api/v1/units/import", csv).body().get("unchanged").asInt()).isEqualTo(1);
    assertThat(
            get("/api/v1/unit-groups/SO-BAN-NGANH").body().get("members").findValuesAsString("id"))
        .contains("SO-XAY-DUNG");
    assertThat(get("/api/v1/units/SO-XAY-DUNG").body().get("name").asString())
        .isEqualTo("Sở Xây dựng");
    assertThat(get("/api/v1/units?q=so xay dung").body().get("items").findValuesAsString("id"))
        .containsExactly("SO-XAY-DUNG");
  }

  @Test
  void aCsvInAnotherEncodingIsRefusedInsteadOfStoringGarbledNames() {
    byte[] latin1 =
        ("code,name,kind,level,parent_code,groups,source\n"
                + "SO-CONG-THUONG,Sở Công Thương,DEPARTMENT,PROVINCE,UBND-TINH,SO-BAN-NGANH,\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    post("/api/v1/units/import", latin1).assertProblem(400, "file");

    assertThat(get("/api/v1/units/SO-CONG-THUONG").status()).isEqualTo(404);
  }

  @Test
  void aConfirmedUnitCarriesItsSourceAndOfficialCodeIntoTheEvent() {
    var created =
        post(
            "/api/v1/units",
            Map.of(
                "code", "TINH-THU",
                "name", "Tỉnh Thử",
                "kind", "PROVINCE",
                "level", "PROVINCE",
                "officialCode", "99",
                "confirmed", true,
                "source", "Văn bản thử, Điều 1"));
    assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
    assertThat(created.body().get("officialCode").asString()).isEqualTo("99");

    var event = data(directiveEvents(UnitChanged.TYPE, "unitId", "TINH-THU", 1).get(0));
    assertThat(event.get("officialCode").asString()).isEqualTo("99");
    assertThat(event.get("confirmed").asBoolean()).isTrue();
    assertThat(event.get("source").asString()).isEqualTo("Văn bản thử, Điều 1");
  }

  @Test
  void aConfirmationWithoutSourceOrAMalformedOfficialCodeIsRefused() {
    post("/api/v1/units", communeThu("confirmed", true)).assertProblem(400, "source");
    post("/api/v1/units", communeThu("officialCode", "3127")).assertProblem(400, "officialCode");
    String csv =
        "code,name,kind,level,parent_code,groups,official_code,confirmed,source\n"
            + "XA-THU,Xã Thử,COMMUNE,COMMUNE,TINH-DIEN-BIEN,,31-27,có,\n"
            + "XA-THU-HAI,Xã Thử Hai,COMMUNE,COMMUNE,TINH-DIEN-BIEN,,,true,\n";
    var answer = post("/api/v1/units/import", csv);
    answer.assertProblem(400, "rows[2].official_code");
    answer.assertProblem(400, "rows[2].confirmed");
    answer.assertProblem(400, "rows[3].source");
    assertThat(get("/api/v1/units/XA-THU").status()).isEqualTo(404);
    assertThat(get("/api/v1/units/XA-THU-HAI").status()).isEqualTo(404);
  }

  private static Map<String, Object> communeThu(String field, Object value) {
    return Map.of(
        "code", "XA-THU", "name", "Xã Thử", "kind", "COMMUNE", "level", "COMMUNE", field, value);
  }
}
