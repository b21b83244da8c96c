package vn.dienbien.portal.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import vn.dienbien.portal.web.SignedIn;
import vn.dienbien.portal.web.StubbedServicesTest;

/**
 * The board against a stand-in report-service: the monitoring body goes from a unit's row to that
 * period's page (review it, or mark the assignment complete); a leader reading the board gets no
 * link to pages that are not theirs.
 */
class BoardPagesIntegrationTests extends StubbedServicesTest {

  static final String BOARD =
      """
      {"title":"Tổng hợp","total":{"counts":{"OVERDUE":1},"total":1,"onTimeRate":null},
       "units":[{"unitId":"XA-NA-HY","unitName":"Xã Nà Hỳ"}],"byDirective":{"06-CT/TU":1},
       "topUnits":[{"unitId":"XA-NA-HY","unitName":"Xã Nà Hỳ","count":1}],
       "rows":{"items":[{"obligationId":"OB-7","directiveNumber":"06-CT/TU","taskCode":"06.2",
         "unitId":"XA-NA-HY","unitName":"Xã Nà Hỳ","periodLabel":"Quý III/2026",
         "dueDate":"2026-10-20","status":"OVERDUE","statusLabel":"Quá hạn","daysOverdue":41}],
         "page":0,"size":25,"totalItems":1,"totalPages":1}}
      """;

  static final String OPEN_OBLIGATION =
      """
      {"id":"OB-7","assignmentId":"A-7","directiveNumber":"06-CT/TU","taskCode":"06.2",
       "taskContent":"Rà soát quy chế","unitId":"XA-NA-HY","unitName":"Xã Nà Hỳ",
       "periodLabel":"Quý III/2026","dueDate":"2026-10-20","originalDueDate":"2026-10-20",
       "state":"OPEN","reports":[],"extensionRequests":[]}
      """;

  @Autowired MockMvc mvc;
  @Autowired ClientRegistrationRepository registrations;

  @BeforeEach
  void reset() {
    directive.reset();
    report.reset();
    report.answer("GET /api/v1/progress/board", 200, BOARD);
    directive.answer("GET /api/v1/directives", 200, "[]");
  }

  private String boardAs(String role) throws Exception {
    return mvc.perform(
            get("/bang-theo-doi")
                .with(SignedIn.of(registrations.findByRegistrationId("portal"), "BTGDV-TU", role)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void theMonitoringBodyGoesFromAUnitsRowToThatPeriodsPageWhereItCanMarkTheTaskComplete()
      throws Exception {
    assertThat(boardAs("MONITOR"))
        .contains("href=\"/tham-dinh/OB-7\"", "41 ngày")
        .contains(
            "aria-label=\"Xã Nà Hỳ: xem báo cáo Quý III/2026, thẩm định hoặc xác nhận hoàn"
                + " thành\"");

    report.answer("GET /api/v1/obligations/OB-7", 200, OPEN_OBLIGATION);
    String period =
        mvc.perform(
                get("/tham-dinh/OB-7")
                    .with(
                        SignedIn.of(
                            registrations.findByRegistrationId("portal"), "BTGDV-TU", "MONITOR")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(period)
        .contains("Đơn vị chưa nộp báo cáo kỳ này.", "href=\"/tham-dinh/phan-cong/A-7\"")
        .doesNotContain("id=\"gui-tham-dinh\"");
  }

  @Test
  void aLeaderReadingTheBoardGetsNoLinkToTheMonitoringBodysPages() throws Exception {
    String page = boardAs("VIEWER");

    assertThat(page).contains("Xã Nà Hỳ", "41 ngày").doesNotContain("/tham-dinh/OB-7");
  }

  @Test
  void theDirectivePickerOffersEachIssuedDirectiveByItsNumberAndKeepsTheChosenOne()
      throws Exception {
    directive.answer(
        "GET /api/v1/directives",
        200,
        """
        [{"id":"06-ct-tu","number":"06-CT/TU","title":"Về công tác dân vận","status":"ISSUED",
          "issuedOn":"2026-02-23","taskCount":1,"assignmentCount":45,
          "tasks":[{"id":"t-1","code":"06.2","content":"Rà soát quy chế","leadUnitId":"BTGDV-TU",
            "coordinatingUnitIds":["XA-NA-HY"],"deadline":{"kind":"PERIODIC"}}]},
         {"id":"11-ct-tu","number":"11-CT/TU","status":"ISSUED","tasks":[]}]
        """);

    String page =
        mvc.perform(
                get("/bang-theo-doi")
                    .param("chiThi", "11-ct-tu")
                    .with(
                        SignedIn.of(
                            registrations.findByRegistrationId("portal"), "BTGDV-TU", "MONITOR")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("<option value=\"06-ct-tu\">06-CT/TU</option>")
        .contains("<option value=\"11-ct-tu\" selected=\"selected\">11-CT/TU</option>");
  }
}
