package vn.dienbien.portal.approver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
 * A commune approver's home against a stand-in model-registry: the queue asks the service for the
 * models the caller may decide ({@code decidableByMe=true}), one step at a time with each step's
 * total, in the same table as the monitoring body's list; a model's page offers the decision forms
 * only when the service counts its unit among the approver's.
 */
class DecisionQueuePagesIntegrationTests extends StubbedServicesTest {

  private static final String MODEL =
      """
      {"id":"MH-0007","kind":"MODEL","name":"Tổ hòa giải bản Huổi Lếch","unitId":"MTTQ-XA-MUONG-NHE",
       "unitName":"Ủy ban MTTQ xã Mường Nhé","field":"POLITICAL_SYSTEM","status":"REGISTERED","sample":false,
       "registrations":[{"year":2026,"level":"COMMUNE","outcome":"PENDING"}]}
      """;

  private static final String PAGE_OF_TWO =
      "{\"items\":["
          + MODEL
          + ",{\"id\":\"MH-0009\",\"kind\":\"MODEL\",\"name\":\"Dân vận khéo trong hiến đất làm"
          + " đường\",\"unitId\":\"XA-MUONG-NHE\",\"unitName\":\"Xã Mường Nhé\",\"field\":"
          + "\"ECONOMY\",\"status\":\"REGISTERED\",\"sample\":false}],\"page\":1,\"size\":20,\"totalItems\":22,"
          + "\"totalPages\":2}";

  @Autowired MockMvc mvc;
  @Autowired ClientRegistrationRepository registrations;

  @BeforeEach
  void reset() {
    directive.reset();
    modelRegistry.reset();
    modelRegistry.answer("GET /api/v1/models", 200, PAGE_OF_TWO);
    for (var step :
        java.util.Map.of("REGISTERED", 22, "EVALUATED", 3, "RECOGNISED", 0, "SUSTAINED", 5)
            .entrySet()) {
      modelRegistry.answer(
          "GET /api/v1/models?decidableByMe=true&status=" + step.getKey() + "&page=0&size=1",
          200,
          "{\"items\":[],\"page\":0,\"size\":1,\"totalItems\":"
              + step.getValue()
              + ",\"totalPages\":"
              + step.getValue()
              + "}");
    }
  }

  private RequestPostProcessor approver() {
    return SignedIn.of(
        registrations.findByRegistrationId("portal"),
        "XA-MUONG-NHE",
        "UNIT_OFFICER",
        "UNIT_APPROVER");
  }

  @Test
  void theApproversHomeIsTheQueueOfItsDecisions() throws Exception {
    mvc.perform(get("/").with(approver())).andExpect(redirectedUrl("/danh-gia/cho-quyet-dinh"));
  }

  @Test
  void theQueueShowsEachStepsTotalAndAPageOfTheChosenStepFromTheService() throws Exception {
    String page =
        mvc.perform(get("/danh-gia/cho-quyet-dinh?trang=1").with(approver()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(modelRegistry.queries("GET", "/api/v1/models"))
        .contains("decidableByMe=true&status=REGISTERED&page=1&size=20");
    assertThat(page.replaceAll("\\s+", " "))
        .contains("Chờ khảo sát, đánh giá</span>: <span class=\"so-ho-so\">22</span>")
        .contains("Chờ quyết định công nhận</span>: <span class=\"so-ho-so\">3</span>")
        .contains("Đánh giá lại (đã công nhận)</span>: <span class=\"so-ho-so\">0</span>")
        .contains("Đánh giá lại (đang duy trì)</span>: <span class=\"so-ho-so\">5</span>")
        .contains("Hiển thị 21–22 trên tổng số 22")
        .contains("class=\"model-table\"")
        .contains("href=\"/mo-hinh/models/MH-0007\"", "Tổ hòa giải bản Huổi Lếch")
        .contains("Ủy ban MTTQ xã Mường Nhé", "Xây dựng hệ thống chính trị")
        .contains("Chờ khảo sát, đánh giá");
  }

  @Test
  void theMonitorsListShowsTheSameTable() throws Exception {
    modelRegistry.answer("GET /api/v1/commendation-rounds", 200, "[]");
    String page =
        mvc.perform(
                get("/danh-gia")
                    .with(SignedIn.as(registrations.findByRegistrationId("portal"), "MONITOR")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains("class=\"model-table\"", "href=\"/mo-hinh/models/MH-0007\"")
        .contains("Hiển thị 21–22 trên tổng số 22");
    assertThat(modelRegistry.queries("GET", "/api/v1/models"))
        .singleElement()
        .asString()
        .doesNotContain("decidableByMe");
  }

  @Test
  void aModelsPageOffersTheDecisionFormsOnlyWhenTheServiceCountsItsUnitAsTheApprovers()
      throws Exception {
    modelRegistry.answer("GET /api/v1/models/MH-0007", 200, MODEL);
    modelRegistry.answer(
        "GET /api/v1/evaluations/criteria", 200, "{\"criteria\":[],\"recommendFrom\":70}");
    String mine = "GET /api/v1/models?decidableByMe=true&unitId=MTTQ-XA-MUONG-NHE&page=0&size=1";
    modelRegistry.answer(mine, 200, "{\"items\":[],\"totalItems\":1,\"page\":0,\"size\":1}");
    assertThat(modelPage()).contains("id=\"cham-diem\"");

    modelRegistry.answer(mine, 200, "{\"items\":[],\"totalItems\":0,\"page\":0,\"size\":1}");
    assertThat(modelPage()).doesNotContain("id=\"cham-diem\"");
  }

  private String modelPage() throws Exception {
    return mvc.perform(get("/mo-hinh/models/MH-0007").with(approver()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Autowired java.time.Clock clock;

  private static String recognised(String id, String name, int dueYear, String status) {
    return "{\"id\":\""
        + id
        + "\",\"kind\":\"MODEL\",\"name\":\""
        + name
        + "\","
        + "\"unitId\":\"XA-MUONG-NHE\",\"unitName\":\"Xã Mường Nhé\",\"field\":\"ECONOMY\","
        + "\"status\":\"RECOGNISED\",\"sample\":false,\"recognitions\":[{\"id\":\"R-"
        + id
        + "\",\"level\":"
        + "\"COMMUNE\",\"year\":2025,\"status\":\""
        + status
        + "\",\"nextReEvaluationDue\":\""
        + dueYear
        + "-12-31\"}]}";
  }

  @Test
  void theReEvaluationStepListsEveryRecognisedModelAndCanBeNarrowedToThisYearsDue()
      throws Exception {
    int year = java.time.LocalDate.now(clock).getYear();
    String all =
        "{\"items\":["
            + recognised("MH-1", "Mô hình đến hạn năm nay", year, "ACTIVE")
            + ","
            + recognised("MH-2", "Mô hình đến hạn năm sau", year + 1, "ACTIVE")
            + ","
            + recognised("MH-3", "Mô hình đã thu hồi", year, "REVOKED")
            + "],\"page\":0,\"size\":500,\"totalItems\":3,\"totalPages\":1}";
    modelRegistry.answer(
        "GET /api/v1/models?decidableByMe=true&status=RECOGNISED&page=0&size=20", 200, all);
    modelRegistry.answer(
        "GET /api/v1/models?decidableByMe=true&status=RECOGNISED&page=0&size=500", 200, all);

    String every =
        mvc.perform(get("/danh-gia/cho-quyet-dinh?buoc=RECOGNISED").with(approver()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(every)
        .contains("Mô hình đến hạn năm nay", "Mô hình đến hạn năm sau", "Mô hình đã thu hồi")
        .contains("Hiển thị 1–3 trên tổng số 3", "id=\"denHan\"")
        .contains("Chỉ hồ sơ đến hạn đánh giá lại năm " + year);

    String narrowed =
        mvc.perform(get("/danh-gia/cho-quyet-dinh?buoc=RECOGNISED&denHan=true").with(approver()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(narrowed)
        .contains("Mô hình đến hạn năm nay", "Hiển thị 1–1 trên tổng số 1")
        .doesNotContain("Mô hình đến hạn năm sau", "Mô hình đã thu hồi");
  }

  @Test
  void theFirstStepsHaveNoDueFilter() throws Exception {
    String page =
        mvc.perform(get("/danh-gia/cho-quyet-dinh?denHan=true").with(approver()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).doesNotContain("id=\"denHan\"").contains("trên tổng số 22");
  }

  @Test
  void anOfficerWithoutTheApproverRoleDoesNotReachTheQueue() throws Exception {
    mvc.perform(
            get("/danh-gia/cho-quyet-dinh")
                .with(
                    SignedIn.of(
                        registrations.findByRegistrationId("portal"),
                        "XA-MUONG-NHE",
                        "UNIT_OFFICER")))
        .andExpect(status().isForbidden());
  }
}
