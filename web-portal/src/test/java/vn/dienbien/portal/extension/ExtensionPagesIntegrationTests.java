package vn.dienbien.portal.extension;

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
 * Extensions of both kinds against stand-in services: the officer asks for more time on one period
 * (report-service) or, for a fixed-date task, is sent to the assignment's request
 * (directive-service); the monitoring body's queue lists both kinds and sends each decision to its
 * own service, with the service's field messages beside the fields.
 */
class ExtensionPagesIntegrationTests extends StubbedServicesTest {

  static final String OBLIGATION =
      """
      {"id":"OB-1","assignmentId":"A-1","directiveNumber":"11-CT/TU","taskCode":"11.7a",
       "taskContent":"Tuyên truyền","unitId":"XA-MUONG-NHE","unitName":"Xã Mường Nhé",
       "periodLabel":"Quý IV/2026","dueDate":"2026-12-20","originalDueDate":"2026-12-20",
       "state":"OPEN","reports":[],"extensionRequests":%s}
      """;

  static final String PENDING =
      """
      [{"id":"EX-9","previousDueDate":"2026-12-20","proposedDueDate":"2027-01-10",
        "reason":"Chờ số liệu các bản vùng cao","requestedBy":"can-bo",
        "requestedAt":"2026-12-01T02:00:00Z","decision":"PENDING"}]
      """;

  @Autowired MockMvc mvc;
  @Autowired ClientRegistrationRepository registrations;

  @BeforeEach
  void reset() {
    directive.reset();
    report.reset();
  }

  private RequestPostProcessor officer() {
    return SignedIn.of(
        registrations.findByRegistrationId("portal"), "XA-MUONG-NHE", "UNIT_OFFICER");
  }

  private RequestPostProcessor monitor() {
    return SignedIn.of(registrations.findByRegistrationId("portal"), "BTGDV-TU", "MONITOR");
  }

  /** What report-service answers to the periods with a pending request. */
  private static void owing(String items) {
    report.answer(
        "GET /api/v1/obligations?extensionPending=true&page=0&size=500",
        200,
        "{\"items\":["
            + items
            + "],\"page\":0,\"size\":500,\"totalItems\":2,"
            + "\"totalPages\":1}");
  }

  private static String assignment(String kind) {
    return "{\"id\":\"A-1\",\"directiveNumber\":\"11-CT/TU\",\"taskCode\":\"11.7a\","
        + "\"unitName\":\"Xã Mường Nhé\",\"deadlineKind\":\""
        + kind
        + "\",\"status\":\"OPEN\"}";
  }

  @Test
  void anOfficerAsksForMoreTimeOnOnePeriodAndSeesTheServicesFieldMessageBesideTheDate()
      throws Exception {
    report.answer("GET /api/v1/obligations/OB-1", 200, OBLIGATION.formatted("[]"));
    directive.answer("GET /api/v1/assignments/A-1", 200, assignment("ONGOING"));
    report.answer(
        "POST /api/v1/obligations/OB-1/extension-requests",
        400,
        "{\"title\":\"Dữ liệu không hợp lệ\",\"errors\":[{\"field\":\"proposedDueDate\","
            + "\"message\":\"Hạn đề nghị phải sau hạn hiện tại 20/12/2026\"}]}");

    String form =
        mvc.perform(get("/don-vi/gia-han-ky/OB-1").with(officer()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(form).contains("Quý IV/2026", "20/12/2026", "name=\"proposedDueDate\"");

    String refused =
        mvc.perform(
                post("/don-vi/gia-han-ky/OB-1")
                    .param("proposedDueDate", "2026-12-01")
                    .param("reason", "Chờ số liệu")
                    .with(officer())
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(report.lastBody("POST", "/api/v1/obligations/OB-1/extension-requests"))
        .isEqualTo("{\"proposedDueDate\":\"2026-12-01\",\"reason\":\"Chờ số liệu\"}");
    assertThat(refused)
        .contains("id=\"proposedDueDate-loi\"", "Hạn đề nghị phải sau hạn hiện tại 20/12/2026")
        .contains("value=\"2026-12-01\"", "Chờ số liệu");
  }

  @Test
  void aFixedDateTaskIsExtendedPerAssignmentWhetherTheAssignmentOrReportServiceSaysSo()
      throws Exception {
    report.answer("GET /api/v1/obligations/OB-1", 200, OBLIGATION.formatted("[]"));
    directive.answer("GET /api/v1/assignments/A-1", 200, assignment("FIXED_DATE"));
    mvc.perform(get("/don-vi/gia-han-ky/OB-1").with(officer()))
        .andExpect(redirectedUrl("/don-vi/gia-han/A-1"));

    report.answer(
        "POST /api/v1/obligations/OB-1/extension-requests",
        409,
        "{\"title\":\"Xung đột\",\"detail\":\"Gia hạn theo phân công\","
            + "\"code\":\"extension-per-assignment\"}");
    mvc.perform(
            post("/don-vi/gia-han-ky/OB-1")
                .param("proposedDueDate", "2027-01-10")
                .param("reason", "Chờ số liệu")
                .with(officer())
                .with(csrf()))
        .andExpect(redirectedUrl("/don-vi/gia-han/A-1"))
        .andExpect(
            flash()
                .attribute(
                    "notice",
                    "Nhiệm vụ này có thời hạn cố định: đề nghị gia hạn theo phân công nhiệm vụ."));
  }

  @Test
  void theReportPageShowsThePeriodsRequestAndItsDecision() throws Exception {
    report.answer(
        "GET /api/v1/obligations/OB-1",
        200,
        OBLIGATION.formatted(
            PENDING
                .replace("\"PENDING\"", "\"REFUSED\",\"note\":\"Số liệu đã đủ\"")
                .replace(
                    "\"requestedAt\"", "\"decidedAt\":\"2026-12-02T03:00:00Z\",\"requestedAt\"")));

    String page =
        mvc.perform(get("/don-vi/bao-cao/OB-1").with(officer()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("Đề nghị đến <strong>10/01/2027</strong>", "Bị từ chối", "Số liệu đã đủ")
        .contains("href=\"/don-vi/gia-han-ky/OB-1\"");
  }

  @Test
  void theOfficersListFlagsAPeriodWhoseRequestForMoreTimeAwaitsADecision() throws Exception {
    report.answer(
        "GET /api/v1/obligations/by-group?unitId=XA-MUONG-NHE&preview=5",
        200,
        "{\"unitId\":\"XA-MUONG-NHE\",\"today\":\"2026-12-01\",\"dueSoonDays\":7,"
            + "\"totalItems\":2,\"groups\":[{\"group\":\"OPEN\",\"totalItems\":2,\"items\":["
            + OBLIGATION.formatted(PENDING)
            + ","
            + OBLIGATION.formatted("[]").replace("OB-1", "OB-2").replace("Quý IV", "Năm")
            + "]}]}");

    String home =
        mvc.perform(get("/don-vi").with(officer()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(home)
        .containsOnlyOnce("đã đề nghị gia hạn đến 10/01/2027, chờ quyết định")
        .contains("Quý IV/2026", "Năm/2026");
  }

  @Test
  void theMonitorsQueueListsBothKindsAndOnlyPeriodsWithAPendingRequest() throws Exception {
    directive.answer(
        "GET /api/v1/extension-requests",
        200,
        "{\"items\":[{\"id\":\"A-7\",\"unitName\":\"Xã Nà Hỳ\",\"directiveNumber\":\"06-CT/TU\","
            + "\"taskCode\":\"06.2\",\"taskContent\":\"Rà soát\",\"currentDueDate\":\"2026-12-31\","
            + "\"pendingExtension\":{\"id\":\"X-7\",\"reason\":\"Mưa lũ\","
            + "\"proposedDueDate\":\"2027-02-01\",\"requestedAt\":\"2026-11-30T01:00:00Z\"}}],"
            + "\"page\":0,\"size\":20,\"totalItems\":1,\"totalPages\":1}");
    owing(OBLIGATION.formatted(PENDING) + "," + OBLIGATION.formatted("[]").replace("OB-1", "OB-2"));

    String page =
        mvc.perform(get("/gia-han").with(monitor()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(report.queries("GET", "/api/v1/obligations"))
        .containsExactly("extensionPending=true&page=0&size=500");
    assertThat(page)
        .contains("Xã Nà Hỳ: 06-CT/TU · nhiệm vụ 06.2", "01/02/2027", "Mưa lũ")
        .contains("action=\"/gia-han/ky/OB-1/EX-9\"", "Chờ số liệu các bản vùng cao", "10/01/2027")
        .doesNotContain("/gia-han/ky/OB-2/");
    assertThat(page).contains("Tổng số 1 đề nghị");
  }

  @Test
  void aRefusalWithoutANoteShowsTheServicesMessageBesideThatRequestsNote() throws Exception {
    directive.answer(
        "GET /api/v1/extension-requests",
        200,
        "{\"items\":[],\"page\":0,\"size\":20,\"totalItems\":0,\"totalPages\":0}");
    owing(OBLIGATION.formatted(PENDING));
    report.answer(
        "POST /api/v1/obligations/OB-1/extension-requests/EX-9/decision",
        400,
        "{\"title\":\"Dữ liệu không hợp lệ\",\"errors\":[{\"field\":\"note\","
            + "\"message\":\"Từ chối gia hạn cần ghi rõ lý do\"}]}");

    String page =
        mvc.perform(
                post("/gia-han/ky/OB-1/EX-9")
                    .param("decision", "REFUSED")
                    .param("note", " ")
                    .with(monitor())
                    .with(csrf()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(report.lastBody("POST", "/api/v1/obligations/OB-1/extension-requests/EX-9/decision"))
        .isEqualTo("{\"decision\":\"REFUSED\",\"note\":null}");
    assertThat(page).contains("id=\"note-loi\"", "Từ chối gia hạn cần ghi rõ lý do");
  }

  @Test
  void anApprovalSendsTheDecisionAndReturnsToTheQueue() throws Exception {
    report.answer(
        "POST /api/v1/obligations/OB-1/extension-requests/EX-9/decision",
        200,
        OBLIGATION.formatted("[]"));

    mvc.perform(
            post("/gia-han/ky/OB-1/EX-9")
                .param("decision", "APPROVED")
                .param("note", "Đồng ý")
                .with(monitor())
                .with(csrf()))
        .andExpect(redirectedUrl("/gia-han"))
        .andExpect(flash().attribute("notice", "Đã duyệt gia hạn; đơn vị sẽ nhận hạn mới."));

    assertThat(report.lastBody("POST", "/api/v1/obligations/OB-1/extension-requests/EX-9/decision"))
        .isEqualTo("{\"decision\":\"APPROVED\",\"note\":\"Đồng ý\"}");
  }

  @Test
  void anOfficerCannotOpenTheMonitorsQueue() throws Exception {
    mvc.perform(get("/gia-han").with(officer())).andExpect(status().isForbidden());
  }
}
