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
}
