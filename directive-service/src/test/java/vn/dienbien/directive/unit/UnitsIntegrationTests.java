package vn.dienbien.directive.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.directive.DirectiveServiceIntegrationTest;

class UnitsIntegrationTests extends DirectiveServiceIntegrationTest {

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
}
