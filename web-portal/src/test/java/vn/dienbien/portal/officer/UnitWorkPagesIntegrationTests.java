package vn.dienbien.portal.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dienbien.portal.web.SignedIn;
import vn.dienbien.portal.web.StubbedServicesTest;

/**
 * The officer's home and a group's page show report-service's groups as it answers them: one call
 * for the home's obligations (each group's total and first five), one paged call for a group's
 * page; the portal neither groups nor counts.
 */
class UnitWorkPagesIntegrationTests extends StubbedServicesTest {

  private static final String UNIT = "XA-MUONG-NHE";

  @Autowired MockMvc mvc;
  @Autowired ClientRegistrationRepository registrations;

  @BeforeEach
  void reset() {
    directive.reset();
    report.reset();
    notification.reset();
  }

  private RequestPostProcessor officer() {
    return SignedIn.of(registrations.findByRegistrationId("portal"), UNIT, "UNIT_OFFICER");
  }

  private static String obligation(String id, String due, String state) {
    return "{\"id\":\"%s\",\"directiveNumber\":\"11-CT/TU\",\"taskCode\":\"T-%s\",\"taskContent\":\"Nội dung %s\",\"unitId\":\"XA-MUONG-NHE\",\"periodLabel\":\"Kỳ %s\",\"dueDate\":\"%s\",\"state\":\"%s\",\"reports\":[],\"extensionRequests\":[]}"
        .formatted(id, id, id, id, due, state);
  }

  private static String overdue(int count) {
    return String.join(
        ",",
        IntStream.rangeClosed(1, count)
            .mapToObj(i -> obligation("QH-" + i, "2026-11-2" + i, "OPEN"))
            .toList());
  }

  private String page(String path) throws Exception {
    return mvc.perform(get(path).with(officer()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void theHomeShowsEachGroupsTotalAndItsFirstFiveFromOneCall() throws Exception {
    report.answer(
        "GET /api/v1/obligations/by-group?unitId=XA-MUONG-NHE&preview=5",
        200,
        "{\"unitId\":\"XA-MUONG-NHE\",\"today\":\"2026-12-01\",\"dueSoonDays\":7,\"totalItems\":13,"
            + "\"groups\":[{\"group\":\"OVERDUE\",\"totalItems\":12,\"items\":["
            + overdue(5)
            + "]},{\"group\":\"DUE_SOON\",\"totalItems\":1,\"items\":["
            + obligation("SH-1", "2026-12-04", "OPEN")
            + "]},{\"group\":\"ACCEPTED\",\"totalItems\":0,\"items\":[]},"
            + "{\"group\":\"LATER_INVENTION\",\"totalItems\":3,\"items\":[]}]}");

    String home = page("/don-vi");

    assertThat(report.queries("GET", "/api/v1/obligations/by-group"))
        .containsExactly("unitId=XA-MUONG-NHE&preview=5");
    assertThat(report.queries("GET", "/api/v1/obligations")).isEmpty();
    assertThat(home)
        .contains("Quá hạn: 12", "Quá hạn (12)", "Xem tất cả 12", "href=\"/don-vi/nhom/qua-han\"")
        .contains("Đang hiện 5 trên tổng số 12 mục.")
        .contains("Sắp đến hạn: 1", "Sắp đến hạn (1)", "còn 3 ngày")
        .contains("Đã chấp nhận: 0")
        .contains("quá hạn 10 ngày", "quá hạn 6 ngày")
        .doesNotContain("Xem tất cả 1<", "id=\"da-chap-nhan\"", "LATER_INVENTION")
        .doesNotContain("Đơn vị chưa có nghĩa vụ báo cáo nào.");
    assertThat(home.split("class=\"list-group-item obligation-item\"", -1)).hasSize(7);
  }

  @Test
  void aUnitWithoutObligationsIsToldSo() throws Exception {
    report.answer(
        "GET /api/v1/obligations/by-group?unitId=XA-MUONG-NHE&preview=5",
        200,
        "{\"unitId\":\"XA-MUONG-NHE\",\"today\":\"2026-12-01\",\"dueSoonDays\":7,\"totalItems\":0,"
            + "\"groups\":[{\"group\":\"OVERDUE\",\"totalItems\":0,\"items\":[]}]}");

    assertThat(page("/don-vi")).contains("Đơn vị chưa có nghĩa vụ báo cáo nào.", "Quá hạn: 0");
  }

  @Test
  void aGroupsPageIsOnePageOfReportServicesGroupWithItsRealTotal() throws Exception {
    report.answer(
        "GET /api/v1/obligations/by-group/OVERDUE?unitId=XA-MUONG-NHE&page=1&size=20",
        200,
        "{\"items\":["
            + overdue(7)
            + "],\"page\":1,\"size\":20,\"totalItems\":27,\"totalPages\":2}");

    String group = page("/don-vi/nhom/qua-han?trang=1");

    assertThat(report.queries("GET", "/api/v1/obligations/by-group/OVERDUE"))
        .containsExactly("unitId=XA-MUONG-NHE&page=1&size=20");
    assertThat(report.queries("GET", "/api/v1/obligations")).isEmpty();
    assertThat(group)
        .contains("<h1>Quá hạn</h1>", "Hiển thị 21–27 trên tổng số 27", "Trang 2/2", "T-QH-7");
    assertThat(group.split("class=\"list-group-item obligation-item\"", -1)).hasSize(8);
  }

  @Test
  void anUnknownGroupGoesBackToTheHome() throws Exception {
    mvc.perform(get("/don-vi/nhom/khong-co").with(officer()))
        .andExpect(status().is3xxRedirection());
    assertThat(report.queries("GET", "/api/v1/obligations/by-group/OVERDUE")).isEqualTo(List.of());
  }
}
