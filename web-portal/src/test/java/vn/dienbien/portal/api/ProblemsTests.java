package vn.dienbien.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A service's problem+json becomes messages beside fields, without the API's field paths above. */
class ProblemsTests {

  @Test
  void fieldMessagesAreKeptByFieldAndTheSummaryNamesNoApiPath() {
    var problem =
        JsonMapper.builder()
            .build()
            .readTree(
                """
                {"title":"Dữ liệu không hợp lệ","detail":"Trường tasks[0].deadline.dueDate: phải có hạn",
                 "code":"validation","errors":[
                   {"field":"tasks[0].deadline.dueDate","message":"phải có hạn","expected":"yyyy-MM-dd"},
                   {"field":"results","message":"không được để trống"}]}
                """);
    ApiRefusal refusal = Problems.refusal(400, problem);
    assertThat(refusal.fieldErrors())
        .containsEntry("tasks[0].deadline.dueDate", "phải có hạn (định dạng: yyyy-MM-dd)")
        .containsEntry("results", "không được để trống");
    assertThat(refusal.summary()).doesNotContain("tasks[0]").contains("không được để trống");
    assertThat(refusal.code()).isEqualTo("validation");
  }

  @Test
  void withoutFieldsTheDetailIsTheMessage() {
    var problem =
        JsonMapper.builder()
            .build()
            .readTree(
                "{\"title\":\"Xung đột trạng thái\",\"detail\":\"Báo cáo kỳ này đang chờ thẩm định\","
                    + "\"code\":\"report-pending-review\"}");
    ApiRefusal refusal = Problems.refusal(409, problem);
    assertThat(refusal.conflict()).isTrue();
    assertThat(refusal.summary()).isEqualTo("Báo cáo kỳ này đang chờ thẩm định");
  }
}
