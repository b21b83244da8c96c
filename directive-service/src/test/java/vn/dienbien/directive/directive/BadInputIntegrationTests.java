package vn.dienbien.directive.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import vn.dienbien.directive.DirectiveIntegrationTestBase;
import vn.dienbien.directive.Fixtures;

/** Each bad input: 4xx problem+json naming the field, and nothing stored. */
class BadInputIntegrationTests extends DirectiveIntegrationTestBase {

  @Test
  void duplicateNumber() {
    post(
            "/api/v1/directives",
            Fixtures.directive("11-CT/TU", Fixtures.unitTask("1", "BTC-TU", "2026-06-30")))
        .assertProblem(409, "number");
    assertThat(get("/api/v1/directives/11-ct-tu").body().get("taskCount").asInt()).isEqualTo(11);
  }

  @Test
  void malformedNumber() {
    post(
            "/api/v1/directives",
            Fixtures.directive("CT 41/TU", Fixtures.unitTask("1", "BTC-TU", "2026-06-30")))
        .assertProblem(400, "number");
    assertThat(get("/api/v1/directives?q=ct 41").body().get("items")).isEmpty();
  }

  @Test
  void dueDateBeforeTheIssueDate() {
    rejected(
        "42-CT/TU",
        Fixtures.unitTask("1", "BTC-TU", "2026-05-03"),
        400,
        "tasks[0].deadline.dueDate");
  }

  @Test
  void unknownUnitOrGroup() {
    rejected(
        "43-CT/TU",
        Fixtures.unitTask("1", "XA-KHONG-CO", "2026-06-30"),
        400,
        "tasks[0].leadUnitId");
    rejected(
        "44-CT/TU",
        Fixtures.task("1", null, "NHOM-KHONG-CO", Map.of("kind", "ANNUAL")),
        400,
        "tasks[0].leadGroupId");
  }

  @Test
  void emptyGroup() {
    post(
        "/api/v1/units",
        Map.of(
            "code",
            "TO-TAM-THOI",
            "name",
            "Tổ công tác tạm thời",
            "kind",
            "TASK_FORCE",
            "level",
            "PROVINCE"));
    post(
        "/api/v1/unit-groups",
        Map.of(
            "code", "NHOM-TAM-THOI", "name", "Nhóm tạm thời", "memberIds", List.of("TO-TAM-THOI")));
    call(HttpMethod.DELETE, "/api/v1/units/TO-TAM-THOI", null, Map.of());

    rejected(
        "45-CT/TU",
        Fixtures.task("1", null, "NHOM-TAM-THOI", Map.of("kind", "ANNUAL")),
        400,
        "tasks[0].leadGroupId");
    post(
            "/api/v1/unit-groups",
            Map.of("code", "NHOM-RONG", "name", "Nhóm rỗng", "memberIds", List.of()))
        .assertProblem(400, "memberIds");
    assertThat(get("/api/v1/unit-groups/NHOM-RONG").status()).isEqualTo(404);
  }

  @Test
  void decomposedTextIsStoredAsNfcAndTrimmedButControlBidiAndInvisibleCharactersAreRefused() {
    var decomposed = Fixtures.directive("46-CT/TU", Fixtures.unitTask("1", "BTC-TU", "2026-06-30"));
    decomposed.put(
        "title",
        " " + java.text.Normalizer.normalize("Chỉ thị về dân vận", java.text.Normalizer.Form.NFD));
    assertThat(post("/api/v1/directives", decomposed).status()).isEqualTo(201);
    assertThat(get("/api/v1/directives/46-ct-tu").body().get("title").asString())
        .isEqualTo("Chỉ thị về dân vận");

    for (String hidden : List.of("\u0007", "\u202e", "\u200b")) {
      var task = Fixtures.unitTask("1", "BTC-TU", "2026-06-30");
      task.put("content", "Nội dung" + hidden + "có ký tự ẩn");
      rejected("47-CT/TU", task, 400, "tasks[0].content");
    }
    assertThat(get("/api/v1/directives/47-ct-tu").status()).isEqualTo(404);
  }

  @Test
  void oversizedPayloadAndOversizedField() {
    var huge = Fixtures.directive("48-CT/TU", Fixtures.unitTask("1", "BTC-TU", "2026-06-30"));
    huge.put("sections", List.of(Map.of("heading", "Phụ lục", "body", "x".repeat(300_000))));
    var answer = post("/api/v1/directives", huge);
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.type().toString()).contains("problem+json");

    var longTitle = Fixtures.directive("48-CT/TU", Fixtures.unitTask("1", "BTC-TU", "2026-06-30"));
    longTitle.put("title", "Dân vận ".repeat(200));
    post("/api/v1/directives", longTitle).assertProblem(400, "title");
    assertThat(get("/api/v1/directives/48-ct-tu").status()).isEqualTo(404);
  }

  @Test
  void inconsistentDeadline() {
    rejected(
        "49-CT/TU",
        Fixtures.task("1", "BTC-TU", null, Map.of("kind", "ONGOING")),
        400,
        "tasks[0].deadline.cadence");
    rejected(
        "50-CT/TU",
        Fixtures.task("1", "BTC-TU", null, Map.of("kind", "FIXED_DATE")),
        400,
        "tasks[0].deadline.dueDate");
  }

  @Test
  void milestoneOutsideTheDirectivesPeriodOrOnAFixedDateTask() {
    Map<String, Object> review =
        Map.of(
            "key", "TONG-KET",
            "label", "Báo cáo tổng kết",
            "dueDate", "2031-03-31",
            "dateSource", "PROVINCE_DEFAULT");
    rejected(
        "51-CT/TU",
        Fixtures.task(
            "1",
            "BTC-TU",
            null,
            Map.of("kind", "ONGOING", "cadence", "HALF_YEARLY", "milestones", List.of(review))),
        400,
        "tasks[0].deadline.milestones[0].dueDate");
    rejected(
        "52-CT/TU",
        Fixtures.task(
            "1",
            "BTC-TU",
            null,
            Map.of("kind", "FIXED_DATE", "dueDate", "2026-06-30", "milestones", List.of(review))),
        400,
        "tasks[0].deadline.milestones");
    rejected(
        "53-CT/TU",
        Fixtures.task(
            "1",
            "BTC-TU",
            null,
            Map.of(
                "kind",
                "ANNUAL",
                "milestones",
                List.of(
                    Map.of(
                        "key", "sai mã",
                        "label", "Báo cáo sơ kết",
                        "dueDate", "2027-01-01",
                        "dateSource", "PROVINCE")))),
        400,
        "tasks[0].deadline.milestones[0].key");
  }

  @Test
  void badCsvRowsAreReportedPerRowAndNothingIsImported() {
    String csv =
        """
        code,name,kind,level,parent_code,groups,source
        XA-MOI-MOT,Xã Mới Một,COMMUNE,COMMUNE,,XA-PHUONG,thử nghiệm
        xa-sai-ma,Xã Sai Mã,COMMUNE,COMMUNE,,,thử nghiệm
        XA-MOI-HAI,Xã Mới Hai,COMMUNE,HUYEN,,NHOM-KHONG-CO,thử nghiệm
        """;
    var answer = post("/api/v1/units/import", csv);
    answer.assertProblem(400, "rows[3].code");
    assertThat(answer.body().get("errors").findValuesAsString("field"))
        .contains("rows[4].level", "rows[4].groups");
    assertThat(get("/api/v1/units/XA-MOI-MOT").status()).isEqualTo(404);
  }

  private void rejected(String number, Map<String, Object> task, int status, String field) {
    post("/api/v1/directives", Fixtures.directive(number, task)).assertProblem(status, field);
    assertThat(get("/api/v1/directives/" + DirectiveNumber.idOf(number)).status()).isEqualTo(404);
  }
}
