package vn.dienbien.portal.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.dienbien.portal.web.SignedIn;
import vn.dienbien.portal.web.StubbedServicesTest;

/**
 * A unit's report sent to a stand-in report-service: the report part as sent, the notice naming the
 * revision, one filling-in of the form sent once, and a report already waiting for review.
 */
class ReportSubmitIntegrationTests extends StubbedServicesTest {

  @Autowired MockMvc mvc;
  @Autowired ClientRegistrationRepository registrations;

  private final MockHttpSession session = new MockHttpSession();

  @BeforeEach
  void reset() {
    report.reset();
  }

  private RequestBuilder send(String key) {
    return multipart("/don-vi/bao-cao/OB-1")
        .session(session)
        .with(
            SignedIn.of(
                registrations.findByRegistrationId("portal"), "XA-MUONG-NHE", "UNIT_OFFICER"))
        .with(csrf())
        .param("progressPercent", "60")
        .param("status", "IN_PROGRESS")
        .param("results", "Đã tuyên truyền tại 12 bản")
        .param("difficulties", "")
        .param("proposals", "Đề nghị hỗ trợ kinh phí")
        .param("key", key);
  }

  @Test
  void theReportIsSentOnceAndTheNoticeNamesItsRevision() throws Exception {
    report.answer(
        "POST /api/v1/reports", 201, "{\"revision\":2,\"submittedAt\":\"2026-11-20T03:00:00Z\"}");

    String notice =
        (String)
            mvc.perform(send("k-1"))
                .andExpect(redirectedUrl("/don-vi/bao-cao/OB-1"))
                .andReturn()
                .getFlashMap()
                .get("notice");
    assertThat(notice)
        .startsWith("Đã gửi báo cáo lần 2 lúc ")
        .endsWith(". Báo cáo đang chờ thẩm định.");
    assertThat(report.lastBody("POST", "/api/v1/reports"))
        .contains(
            "{\"obligationId\":\"OB-1\",\"progressPercent\":60,\"status\":\"IN_PROGRESS\","
                + "\"results\":\"Đã tuyên truyền tại 12 bản\",\"difficulties\":null,"
                + "\"proposals\":\"Đề nghị hỗ trợ kinh phí\"}");

    mvc.perform(send("k-1"))
        .andExpect(redirectedUrl("/don-vi/bao-cao/OB-1"))
        .andExpect(flash().attribute("notice", "Báo cáo này đã được gửi; không gửi lại lần nữa."));
    assertThat(report.queries("POST", "/api/v1/reports")).hasSize(1);
  }

  @Test
  void aReportAlreadyWaitingForReviewIsNotSentAgain() throws Exception {
    report.answer(
        "POST /api/v1/reports",
        409,
        """
        {"title":"Xung đột","detail":"Đang chờ thẩm định.","code":"report-pending-review"}
        """);

    mvc.perform(send("k-2"))
        .andExpect(redirectedUrl("/don-vi/bao-cao/OB-1"))
        .andExpect(
            flash().attribute("notice", "Báo cáo kỳ này đã được gửi và đang chờ thẩm định."));
  }
}
