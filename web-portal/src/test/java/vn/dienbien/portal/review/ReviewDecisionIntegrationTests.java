package vn.dienbien.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dienbien.portal.web.SignedIn;
import vn.dienbien.portal.web.StubbedServicesTest;

/**
 * The monitoring body's decision on a submitted report against a stand-in report-service: what is
 * sent, the notice for each outcome, and the service's words when someone decided first.
 */
class ReviewDecisionIntegrationTests extends StubbedServicesTest {

  @Autowired MockMvc mvc;
  @Autowired ClientRegistrationRepository registrations;

  @BeforeEach
  void reset() {
    report.reset();
  }

  private MockHttpServletRequestBuilder decide(String outcome, String comment) {
    return post("/tham-dinh/OB-1")
        .with(SignedIn.as(registrations.findByRegistrationId("portal"), "MONITOR"))
        .with(csrf())
        .param("reportId", "R-1")
        .param("outcome", outcome)
        .param("comment", comment);
  }

  @Test
  void returningSendsTheCommentAndAcceptingWithoutOneSendsNone() throws Exception {
    report.answer("POST /api/v1/reports/R-1/review", 200, "{}");

    mvc.perform(decide("RETURNED", "Thiếu số liệu quý III"))
        .andExpect(redirectedUrl("/tham-dinh"))
        .andExpect(
            flash()
                .attribute("notice", "Đã trả lại báo cáo kèm ý kiến; đơn vị sẽ sửa và nộp lại."));
    assertThat(report.lastBody("POST", "/api/v1/reports/R-1/review"))
        .isEqualTo("{\"outcome\":\"RETURNED\",\"comment\":\"Thiếu số liệu quý III\"}");

    mvc.perform(decide("ACCEPTED", " "))
        .andExpect(redirectedUrl("/tham-dinh"))
        .andExpect(flash().attribute("notice", "Đã chấp nhận báo cáo."));
    assertThat(report.lastBody("POST", "/api/v1/reports/R-1/review"))
        .isEqualTo("{\"outcome\":\"ACCEPTED\",\"comment\":null}");
  }

  @Test
  void aReportAlreadyDecidedReturnsToTheListWithTheServicesWords() throws Exception {
    report.answer(
        "POST /api/v1/reports/R-1/review",
        409,
        """
        {"title":"Xung đột","detail":"Báo cáo này đã được thẩm định.","code":"report-decided"}
        """);

    mvc.perform(decide("ACCEPTED", ""))
        .andExpect(redirectedUrl("/tham-dinh"))
        .andExpect(flash().attribute("notice", "Báo cáo này đã được thẩm định."));
  }
}
