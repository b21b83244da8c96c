package vn.dienbien.portal.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
 * The steps on a model's page against a stand-in model-registry: what each form sends, where, the
 * notice once it is recorded, and the page again with the service's words when it is refused.
 */
class ModelStepsIntegrationTests extends StubbedServicesTest {

  private static final String MODEL =
      """
      {"id":"MH-0007","kind":"MODEL","name":"Tổ hòa giải bản Huổi Lếch","unitId":"XA-MUONG-NHE",
       "unitName":"Xã Mường Nhé","field":"POLITICAL_SYSTEM","status":"EVALUATED","sample":false,
       "registrations":[{"year":2026,"level":"COMMUNE","outcome":"EVALUATED"}]}
      """;

  @Autowired MockMvc mvc;
  @Autowired ClientRegistrationRepository registrations;

  @BeforeEach
  void reset() {
    modelRegistry.reset();
    modelRegistry.answer("GET /api/v1/models/MH-0007", 200, MODEL);
  }

  private RequestPostProcessor as(String role) {
    return SignedIn.of(registrations.findByRegistrationId("portal"), "XA-MUONG-NHE", role);
  }

  @Test
  void notRecognisingSendsTheReasonsOneALineAndReturnsToThePage() throws Exception {
    modelRegistry.answer("POST /api/v1/recognitions/rejections", 201, "{}");

    mvc.perform(
            post("/danh-gia/models/MH-0007/cong-nhan")
                .with(as("MONITOR"))
                .with(csrf())
                .param("decision", "REJECT")
                .param("level", "COMMUNE")
                .param("year", "2026")
                .param("reasons", "Chưa có số liệu\nChưa lan tỏa"))
        .andExpect(redirectedUrl("/mo-hinh/models/MH-0007"))
        .andExpect(flash().attribute("notice", "Đã ghi kết quả không công nhận."));

    assertThat(modelRegistry.lastBody("POST", "/api/v1/recognitions/rejections"))
        .isEqualTo(
            "{\"modelId\":\"MH-0007\",\"level\":\"COMMUNE\",\"year\":2026,"
                + "\"reasons\":[\"Chưa có số liệu\",\"Chưa lan tỏa\"]}");
  }

  @Test
  void recognisingSendsTheDecisionAndARefusalShowsThePageAgain() throws Exception {
    modelRegistry.answer("POST /api/v1/recognitions", 201, "{}");
    var recognise =
        post("/danh-gia/models/MH-0007/cong-nhan")
            .with(as("MONITOR"))
            .with(csrf())
            .param("decision", "RECOGNISE")
            .param("level", "COMMUNE")
            .param("year", "2026")
            .param("decisionNumber", "15-QĐ/UBND")
            .param("decisionDate", "2026-11-20")
            .param("signer", "Chủ tịch UBND xã");

    mvc.perform(recognise)
        .andExpect(redirectedUrl("/mo-hinh/models/MH-0007"))
        .andExpect(flash().attribute("notice", "Đã ghi quyết định công nhận."));
    assertThat(modelRegistry.lastBody("POST", "/api/v1/recognitions"))
        .isEqualTo(
            "{\"modelId\":\"MH-0007\",\"level\":\"COMMUNE\",\"year\":2026,"
                + "\"decisionNumber\":\"15-QĐ/UBND\",\"decisionDate\":\"2026-11-20\","
                + "\"signer\":\"Chủ tịch UBND xã\"}");

    modelRegistry.answer(
        "POST /api/v1/recognitions",
        400,
        """
        {"title":"Dữ liệu không hợp lệ","detail":"Dữ liệu không hợp lệ",
         "errors":[{"field":"decisionNumber","message":"số quyết định đã được dùng"}]}
        """);
    String page =
        mvc.perform(recognise)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page).contains("Tổ hòa giải bản Huổi Lếch", "số quyết định đã được dùng");
  }

  @Test
  void theUnitRegistersAFurtherLevelOfItsModel() throws Exception {
    modelRegistry.answer("POST /api/v1/models/MH-0007/registrations", 201, "{}");

    mvc.perform(
            post("/don-vi/mo-hinh/models/MH-0007/dang-ky")
                .with(as("UNIT_OFFICER"))
                .with(csrf())
                .param("year", "2027")
                .param("level", "PROVINCE"))
        .andExpect(redirectedUrl("/mo-hinh/models/MH-0007"))
        .andExpect(flash().attribute("notice", "Đã đăng ký."));

    assertThat(modelRegistry.lastBody("POST", "/api/v1/models/MH-0007/registrations"))
        .isEqualTo("{\"year\":2027,\"level\":\"PROVINCE\"}");
  }

  @Test
  void theUnitRegistersANewModelAtCommuneLevelWithEveryAreaTicked() throws Exception {
    modelRegistry.answer("POST /api/v1/models", 201, "{\"id\":\"MH-0010\"}");

    mvc.perform(
            post("/don-vi/mo-hinh")
                .with(as("UNIT_OFFICER"))
                .with(csrf())
                .param("name", "Dân vận khéo trong hiến đất làm đường")
                .param("field", "ECONOMY")
                .param("targetArea", "BORDER_AREAS", "", "REMOTE_AREAS")
                .param("description", " ")
                .param("startDate", "2026-03-01")
                .param("year", "2026"))
        .andExpect(redirectedUrl("/mo-hinh/models/MH-0010"))
        .andExpect(
            flash()
                .attribute(
                    "notice",
                    "Đã đăng ký mô hình. Lãnh đạo đơn vị sẽ khảo sát, đánh giá, xét công nhận"
                        + " cấp xã."));

    assertThat(modelRegistry.lastBody("POST", "/api/v1/models"))
        .isEqualTo(
            "{\"name\":\"Dân vận khéo trong hiến đất làm đường\",\"unitId\":\"XA-MUONG-NHE\","
                + "\"field\":\"ECONOMY\",\"targetAreas\":[\"BORDER_AREAS\",\"REMOTE_AREAS\"],"
                + "\"description\":null,\"startDate\":\"2026-03-01\",\"year\":2026,"
                + "\"level\":\"COMMUNE\"}");
  }

  @Test
  void aKindOtherThanModelsOrExemplarsIsRefusedWithoutAskingTheService() throws Exception {
    String page =
        mvc.perform(
                post("/don-vi/mo-hinh/khac/MH-0007/dang-ky")
                    .with(as("UNIT_OFFICER"))
                    .with(csrf())
                    .param("year", "2027"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page).contains("Không có loại hồ sơ này.");
    assertThat(modelRegistry.queries("POST", "/api/v1/khac/MH-0007/registrations")).isEmpty();
  }
}
