package vn.dienbien.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dienbien.portal.web.SignedIn;
import vn.dienbien.portal.web.StubbedServicesTest;

/**
 * The monitoring body marks an assignment complete against a stand-in directive-service: what is
 * sent, and a second confirmation's 409 shown in the service's own words.
 */
class CompletionPagesIntegrationTests extends StubbedServicesTest {

  static final String ASSIGNMENT =
      "{\"id\":\"A-1\",\"directiveNumber\":\"11-CT/TU\",\"taskCode\":\"11.7a\","
          + "\"taskContent\":\"Tuyên truyền\",\"unitName\":\"Xã Mường Nhé\","
          + "\"deadlineKind\":\"ONGOING\",\"status\":\"%s\"}";

  @Autowired MockMvc mvc;
  @Autowired ClientRegistrationRepository registrations;

  @BeforeEach
  void reset() {
    directive.reset();
  }

  private RequestPostProcessor monitor() {
    return SignedIn.of(registrations.findByRegistrationId("portal"), "BTGDV-TU", "MONITOR");
  }

  @Test
  void theMonitorMarksAnAssignmentCompleteWithANote() throws Exception {
    directive.answer("GET /api/v1/assignments/A-1", 200, ASSIGNMENT.formatted("OPEN"));
    directive.answer("POST /api/v1/assignments/A-1/complete", 200, ASSIGNMENT.formatted("CLOSED"));

    String page =
        mvc.perform(get("/tham-dinh/phan-cong/A-1").with(monitor()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Xã Mường Nhé: Chỉ thị 11-CT/TU · nhiệm vụ 11.7a", "Đang thực hiện");

    mvc.perform(
            post("/tham-dinh/phan-cong/A-1")
                .param("note", "Đã hoàn thành toàn bộ")
                .with(monitor())
                .with(csrf()))
        .andExpect(redirectedUrl("/tham-dinh/phan-cong/A-1"))
        .andExpect(
            flash()
                .attribute(
                    "notice",
                    "Đã xác nhận đơn vị hoàn thành nhiệm vụ; các kỳ báo cáo còn lại được đóng."));
    assertThat(directive.lastBody("POST", "/api/v1/assignments/A-1/complete"))
        .isEqualTo("{\"note\":\"Đã hoàn thành toàn bộ\"}");
  }

  @Test
  void aSecondConfirmationShowsTheServicesMessage() throws Exception {
    directive.answer("GET /api/v1/assignments/A-1", 200, ASSIGNMENT.formatted("CLOSED"));
    directive.answer(
        "POST /api/v1/assignments/A-1/complete",
        409,
        "{\"title\":\"Xung đột\",\"detail\":\"Phân công A-1 đã kết thúc\","
            + "\"code\":\"assignment-closed\"}");

    String page =
        mvc.perform(post("/tham-dinh/phan-cong/A-1").with(monitor()).with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(directive.lastBody("POST", "/api/v1/assignments/A-1/complete"))
        .isEqualTo("{\"note\":null}");
    assertThat(page).contains("id=\"loi-hoan-thanh\"", "Phân công A-1 đã kết thúc", "Đã kết thúc");
  }
}
