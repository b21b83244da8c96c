package vn.dienbien.directive;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.directive.UnitChanged;

/**
 * The seeded directory as issue 12 wants it: the province over its 45 commune-level units, each
 * commune's People's Committee, Party committee and Front committee under it, and the groups the
 * directives name resolving to those bodies, so 06.2 and 11.5 reach the communes.
 */
class CommuneDirectoryIntegrationTests extends DirectiveIntegrationTestBase {

  static final String PROVINCE = "TINH-DIEN-BIEN";

  @Test
  void theProvinceHolds45CommuneLevelUnitsEachConfirmedByResolution1661AndTheirOfficialCodes() {
    JsonNode communes = get("/api/v1/units?parentId=" + PROVINCE + "&size=100").body();
    assertThat(communes.get("totalItems").asInt()).isEqualTo(45);
    Set<String> clauses = new TreeSet<>();
    Set<String> codes = new TreeSet<>();
    communes
        .get("items")
        .forEach(c -> {
          assertThat(c.get("level").asString()).isEqualTo("COMMUNE");
          assertThat(c.get("kind").asString()).isIn("COMMUNE", "WARD");
          assertThat(c.get("confirmed").asBoolean()).as("%s", c).isTrue();
          assertThat(c.get("source").asString())
              .startsWith("Nghị quyết 1661/NQ-UBTVQH15 ngày 16/6/2025, Điều 1, khoản ")
              .contains(
                  "mã số "
                      + c.get("officialCode").asString()
                      + " theo Công văn 1027/CTK-CSCL ngày 25/6/2025 của Cục Thống kê");
          assertThat(c.get("officialCode").asString()).as("%s", c).matches("\\d{5}");
          codes.add(c.get("officialCode").asString());
          clauses.add(c.get("source").asString().replaceAll(".*khoản (\\d+);.*", "$1"));
        });
    assertThat(clauses).hasSize(45);
    assertThat(codes).hasSize(45);
    assertThat(get("/api/v1/units/XA-MUONG-NHE").body().get("officialCode").asString())
        .isEqualTo("03160");
    assertThat(get("/api/v1/units/PHUONG-DIEN-BIEN-PHU").body().get("officialCode").asString())
        .isEqualTo("03127");
    assertThat(get("/api/v1/units?parentId=" + PROVINCE + "&kind=WARD").body().get("totalItems"))
        .hasToString("3");
    JsonNode province = get("/api/v1/units/" + PROVINCE).body();
    assertThat(province.get("name").asString()).isEqualTo("Tỉnh Điện Biên");
    assertThat(province.get("officialCode").asString()).isEqualTo("11");
  }

  @Test
  void eachCommuneHasItsPeoplesCommitteePartyCommitteeAndFrontCommitteeUnderIt() {
    JsonNode bodies = get("/api/v1/units?parentId=XA-MUONG-NHE").body().get("items");
    Map<String, String> byKind = new HashMap<>();
    bodies.forEach(b -> byKind.put(b.get("kind").asString(), b.get("name").asString()));
    assertThat(byKind)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "GOVERNMENT", "Ủy ban nhân dân xã Mường Nhé",
                "PARTY_COMMITTEE", "Đảng ủy xã Mường Nhé",
                "FRONT", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Mường Nhé"));
    assertThat(get("/api/v1/units?level=COMMUNE&kind=GOVERNMENT").body().get("totalItems").asInt())
        .isEqualTo(45);
    // The names of the bodies are the usual ones, not checked against a text: marked so.
    assertThat(get("/api/v1/units/UBND-PHUONG-DIEN-BIEN-PHU").body().get("confirmed").asBoolean())
        .isFalse();
    assertThat(get("/api/v1/units/CA-TINH").body().get("source").asString())
        .startsWith("Chưa xác nhận");
  }

  @Test
  void unitChangedCarriesTheParentTheConfirmationAndItsSource() {
    JsonNode event = data(directiveEvents(UnitChanged.TYPE, "unitId", "XA-SIN-THAU", 1).get(0));
    assertThat(event.get("parentId").asString()).isEqualTo(PROVINCE);
    assertThat(event.get("confirmed").asBoolean()).isTrue();
    assertThat(event.get("source").asString()).contains("Điều 1, khoản 2");
    assertThat(event.get("officialCode").asString()).isEqualTo("03158");
    JsonNode body =
        data(directiveEvents(UnitChanged.TYPE, "unitId", "UB-MTTQ-XA-SIN-THAU", 1).get(0));
    assertThat(body.get("parentId").asString()).isEqualTo("XA-SIN-THAU");
    assertThat(body.get("confirmed").asBoolean()).isFalse();
  }

  @Test
  void task06_2ReachesEveryCommunePeoplesCommitteeWithTheFrontOfTheSameLevelCoordinating() {
    List<String> leads = memberIds("CHINH-QUYEN-SO-BAN-NGANH");
    List<String> communeGovernments = memberIds("UBND-XA");
    List<String> communeFronts = memberIds("UB-MTTQ-XA");
    int expected = leads.size() + 1 + memberIds("TO-CHUC-CT-XH-TINH").size() + communeFronts.size();
    assertThat(communeGovernments).hasSize(45).allMatch(leads::contains);
    assertThat(leads).contains("DU-UBND-TINH", "UBND-TINH", "SO-NOI-VU");

    List<CloudEvent> events =
        directiveEvents(TaskAssigned.TYPE, "taskId", "06-ct-tu:06.2", expected);

    Map<String, String> roleByUnit = new HashMap<>();
    events.forEach(e -> roleByUnit.put(data(e).get("unitId").asString(), role(e)));
    assertThat(roleByUnit).hasSize(expected);
    communeGovernments.forEach(u -> assertThat(roleByUnit).containsEntry(u, "LEAD"));
    communeFronts.forEach(u -> assertThat(roleByUnit).containsEntry(u, "COORDINATING"));
    assertThat(roleByUnit).containsEntry("UB-MTTQ-TINH", "COORDINATING");
    JsonNode muongNhe =
        events.stream()
            .map(DirectiveIntegrationTestBase::data)
            .filter(d -> d.get("unitId").asString().equals("UBND-XA-MUONG-NHE"))
            .findFirst()
            .orElseThrow();
    assertThat(muongNhe.get("unitName").asString()).isEqualTo("Ủy ban nhân dân xã Mường Nhé");
    assertThat(muongNhe.get("monitoringUnitId").asString()).isEqualTo("BTGDV-TU");
  }

  @Test
  void chinhQuyenCacCapIsThePeoplesCommitteesAndTask11_4GoesToThem() {
    List<String> members = memberIds("CHINH-QUYEN-CAC-CAP");
    assertThat(members).hasSize(46).contains("UBND-TINH", "UBND-PHUONG-MUONG-LAY");
    members.stream()
        .filter(m -> !m.equals("UBND-TINH"))
        .forEach(m -> assertThat(m).startsWith("UBND-"));
    assertThat(assignedUnits("11-ct-tu:11.4")).containsExactlyInAnyOrderElementsOf(members);
  }

  @Test
  void theTuyenGiaoDanVanSystemReachesEachCommunesPartyAndFrontCommitteesAndTask11_5Follows() {
    List<String> members = memberIds("TUYEN-GIAO-DAN-VAN-MTTQ-DOAN-THE");
    assertThat(members)
        .contains("BTGDV-TU", "UB-MTTQ-TINH", "DANG-UY-XA-NA-HY", "UB-MTTQ-PHUONG-MUONG-THANH")
        .containsAll(memberIds("DANG-UY-XA"))
        .containsAll(memberIds("UB-MTTQ-XA"))
        .doesNotContain("XA-NA-HY", "UBND-XA-NA-HY");
    assertThat(assignedUnits("11-ct-tu:11.5")).containsExactlyInAnyOrderElementsOf(members);
  }

  private List<String> memberIds(String group) {
    return get("/api/v1/unit-groups/" + group).body().get("members").findValuesAsString("id");
  }

  private List<String> assignedUnits(String taskId) {
    JsonNode page = get("/api/v1/assignments?taskId=" + taskId + "&size=500").body();
    List<String> units = new ArrayList<>();
    page.get("items").forEach(a -> units.add(a.get("unitId").asString()));
    assertThat(page.get("totalItems").asInt()).isEqualTo(units.size());
    return units;
  }

  private static String role(CloudEvent event) {
    return data(event).get("role").asString();
  }
}
