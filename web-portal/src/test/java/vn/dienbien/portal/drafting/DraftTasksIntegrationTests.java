package vn.dienbien.portal.drafting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dienbien.portal.web.SignedIn;
import vn.dienbien.portal.web.StubbedServicesTest;

/**
 * Editing a draft's tasks against a stand-in for directive-service: the form is filled from the
 * task, a change is put under the task's own code and lands back on the draft, a refusal is shown
 * beside the task's fields.
 */
class DraftTasksIntegrationTests extends StubbedServicesTest {

  private static final String TASK =
      """
      {"id":"t-1","code":"1","content":"Xây dựng kế hoạch","leadGroupId":"LLVT-TINH",
       "coordinatingGroupIds":["NHOM-B"],
       "deadline":{"kind":"FIXED_DATE","dueDate":"2027-03-31"}}
      """;

  @Autowired MockMvc mvc;
  @Autowired ClientRegistrationRepository registrations;

  @BeforeEach
  void directory() {
    directive.reset();
    directive.answer(
        "GET /api/v1/units",
        200,
        "[{\"id\":\"XA-MUONG-NHE\",\"name\":\"Xã Mường Nhé\",\"active\":true}]");
    directive.answer(
        "GET /api/v1/unit-groups",
        200,
        "[{\"id\":\"LLVT-TINH\",\"name\":\"Lực lượng vũ trang\",\"members\":[]},"
            + "{\"id\":\"NHOM-B\",\"name\":\"Nhóm B\",\"members\":[]}]");
    directive.answer(
        "GET /api/v1/directives/D-1",
        200,
        "{\"id\":\"D-1\",\"number\":\"12-CT/TU\",\"status\":\"DRAFT\",\"periodStartYear\":2026,\"periodEndYear\":2030,\"taskCount\":1,\"assignmentCount\":0,\"tasks\":["
            + TASK
            + "]}");
    directive.answer("GET /api/v1/directives/D-1/tasks/1", 200, TASK);
  }

  private RequestPostProcessor editor() {
    return SignedIn.as(registrations.findByRegistrationId("portal"), "EDITOR");
  }

  @Test
  void theEditorOpensWithTheTaskAsItIs() throws Exception {
    String page =
        mvc.perform(get("/soan-thao/D-1/nhiem-vu/1").with(editor()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains(
            "Sửa nhiệm vụ 1 của dự thảo 12-CT/TU", "Xây dựng kế hoạch", "value=\"2027-03-31\"")
        .containsPattern("id=\"task.code\"[^>]*readonly")
        .containsPattern("value=\"g:LLVT-TINH\"[^>]*selected")
        .containsPattern("value=\"NHOM-B\"[^>]*selected");
  }

  @Test
  void aChangedTaskIsPutUnderItsCodeAndTheDraftIsShownAgain() throws Exception {
    directive.answer("PUT /api/v1/directives/D-1/tasks/1", 200, TASK);

    mvc.perform(
            post("/soan-thao/D-1/nhiem-vu/1")
                .with(editor())
                .with(csrf())
                .param("task.code", "9")
                .param("task.content", "Xây dựng kế hoạch")
                .param("task.lead", "u:XA-MUONG-NHE")
                .param("task.kind", "FIXED_DATE")
                .param("task.dueDate", "2027-04-30"))
        .andExpect(redirectedUrl("/soan-thao/D-1"));

    assertThat(directive.lastBody("PUT", "/api/v1/directives/D-1/tasks/1"))
        .contains(
            "\"code\":\"1\"",
            "\"leadUnitId\":\"XA-MUONG-NHE\"",
            "\"leadGroupId\":null",
            "\"dueDate\":\"2027-04-30\"");
  }

  @Test
  void aRefusedTaskShowsTheMessageBesideItsField() throws Exception {
    directive.answer(
        "POST /api/v1/directives/D-1/tasks",
        400,
        """
        {"title":"Dữ liệu không hợp lệ",
         "errors":[{"field":"deadline.dueDate","message":"thời hạn cố định cần hạn hoàn thành"}]}
        """);

    mvc.perform(
            post("/soan-thao/D-1/nhiem-vu/moi")
                .with(editor())
                .with(csrf())
                .param("task.code", "2")
                .param("task.content", "Tổ chức hội nghị")
                .param("task.kind", "FIXED_DATE"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"task.dueDate-loi\"")))
        .andExpect(content().string(Matchers.containsString("thời hạn cố định cần hạn hoàn thành")))
        .andExpect(content().string(Matchers.containsString("Tổ chức hội nghị")));
  }

  private static final String ONGOING_TASK =
      """
      {"id":"t-2","code":"2","content":"Sơ kết, tổng kết","leadUnitId":"XA-MUONG-NHE",
       "deadline":{"kind":"ONGOING","cadence":"HALF_YEARLY","milestones":[
         {"key":"SO-KET","label":"Báo cáo sơ kết","dueDate":"2001-06-30",
          "dateSource":"DIRECTIVE"},
         {"key":"TONG-KET","label":"Báo cáo tổng kết","dueDate":"2099-12-20",
          "windowOpensOn":"2099-10-01","dateSource":"PROVINCE_DEFAULT"}]}}
      """;

  @Test
  void anOngoingTasksMilestonesAreSentWithoutTheEmptyRowsAndARefusalLandsBesideItsRow()
      throws Exception {
    directive.answer(
        "POST /api/v1/directives/D-1/tasks",
        400,
        """
        {"title":"Dữ liệu không hợp lệ","errors":[{"field":"deadline.milestones[0].windowOpensOn",
          "message":"ngày bắt đầu nhận báo cáo phải trước hạn 20/12/2028"}]}
        """);

    String page =
        mvc.perform(
                post("/soan-thao/D-1/nhiem-vu/moi")
                    .with(editor())
                    .with(csrf())
                    .param("task.code", "2")
                    .param("task.content", "Sơ kết, tổng kết")
                    .param("task.lead", "u:XA-MUONG-NHE")
                    .param("task.kind", "ONGOING")
                    .param("task.cadence", "HALF_YEARLY")
                    .param("task.milestones[0].key", "")
                    .param("task.milestones[0].dueDate", "")
                    .param("task.milestones[1].key", "SO-KET-2028")
                    .param("task.milestones[1].label", "Báo cáo sơ kết")
                    .param("task.milestones[1].dueDate", "2028-12-20")
                    .param("task.milestones[1].windowOpensOn", "2029-01-05")
                    .param("task.milestones[1].dateSource", "PROVINCE_DEFAULT"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(directive.lastBody("POST", "/api/v1/directives/D-1/tasks"))
        .contains(
            "\"milestones\":[{\"key\":\"SO-KET-2028\",\"label\":\"Báo cáo sơ kết\","
                + "\"dueDate\":\"2028-12-20\",\"windowOpensOn\":\"2029-01-05\","
                + "\"dateSource\":\"PROVINCE_DEFAULT\"}]");
    assertThat(page)
        .contains("id=\"task.milestones[0].windowOpensOn-loi\"")
        .contains("ngày bắt đầu nhận báo cáo phải trước hạn 20/12/2028")
        .containsPattern("id=\"task.milestones\\[0]\\.key\"[^>]*value=\"SO-KET-2028\"")
        .contains("id=\"task.milestones[2].key\"")
        .doesNotContain("id=\"task.milestones[3].key\"");
  }

  @Test
  void theDraftListsEachMilestoneAndThePreviewCountsThoseAheadOncePerLeadUnit() throws Exception {
    directive.answer(
        "GET /api/v1/directives/D-2",
        200,
        "{\"id\":\"D-2\",\"number\":\"13-CT/TU\",\"status\":\"DRAFT\",\"issuedOn\":\"2026-12-01\","
            + "\"periodStartYear\":2026,\"periodEndYear\":2030,\"taskCount\":1,"
            + "\"assignmentCount\":0,\"tasks\":["
            + ONGOING_TASK
            + "]}");
    directive.answer(
        "GET /api/v1/directives/D-2/fan-out",
        200,
        """
        {"directiveId":"D-2","taskCount":1,"unitCount":3,"assignmentCount":3,"tasks":[
          {"taskCode":"2","deadlineKind":"ONGOING","cadence":"HALF_YEARLY","units":[
            {"unitId":"XA-MUONG-NHE","unitName":"Xã Mường Nhé","role":"LEAD"},
            {"unitId":"XA-NA-HY","unitName":"Xã Nà Hỳ","role":"COORDINATING"},
            {"unitId":"XA-SIN-THAU","unitName":"Xã Sín Thầu","role":"COORDINATING"}]}]}
        """);
    report.reset();
    report.answer("GET /api/v1/reporting-plan", 200, "{\"count\":8,\"periods\":[]}");

    String page =
        mvc.perform(get("/soan-thao/D-2").with(editor()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("Mốc SO-KET: Báo cáo sơ kết, hạn 30/06/2001 (Chỉ thị ghi ngày)")
        .contains(
            "Mốc TONG-KET: Báo cáo tổng kết, hạn 20/12/2099, nhận báo cáo từ 01/10/2099"
                + " (Tạm theo mặc định (Tỉnh ủy chưa quyết định))")
        .contains("1 mốc × 1 đơn vị chủ trì", "Báo cáo tổng kết: hạn 20/12/2099")
        .containsPattern(
            "<strong>3</strong> đơn vị,\\s*<strong>3</strong> phân công,\\s*"
                + "<strong>25</strong> nghĩa vụ báo cáo");
  }
}
