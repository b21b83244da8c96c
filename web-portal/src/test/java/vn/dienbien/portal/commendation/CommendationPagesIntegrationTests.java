package vn.dienbien.portal.commendation;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dienbien.portal.web.SignedIn;
import vn.dienbien.portal.web.StubbedServicesTest;

/**
 * Commendations of collectives and individuals against a stand-in model-registry: the paged list
 * with its total and the decision as people read it; the form sends what was typed as the API names
 * it, and a refusal's message lands beside its field with what was typed kept.
 */
class CommendationPagesIntegrationTests extends StubbedServicesTest {

  @Autowired MockMvc mvc;
  @Autowired ClientRegistrationRepository registrations;

  @BeforeEach
  void reset() {
    directive.reset();
    modelRegistry.reset();
    directive.answer(
        "GET /api/v1/units",
        200,
        """
        [{"id":"XA-MUONG-NHE","name":"Xã Mường Nhé","active":true},
         {"id":"XA-NA-HY","name":"Xã Nà Hỳ","active":true}]
        """);
    modelRegistry.answer(
        "GET /api/v1/commendation-rounds",
        200,
        "[{\"id\":\"COMMUNE-2025-2030-1\",\"title\":\"Đợt 1 cấp xã 2025–2030\",\"level\":"
            + "\"COMMUNE\",\"recognitionFromYear\":2025,\"recognitionToYear\":2027}]");
  }

  private RequestPostProcessor approver() {
    return SignedIn.of(
        registrations.findByRegistrationId("portal"),
        "XA-MUONG-NHE",
        "UNIT_OFFICER",
        "UNIT_APPROVER");
  }

  @Test
  void theListShowsThePageTheTotalAndEachDecisionAsPeopleReadIt() throws Exception {
    modelRegistry.answer(
        "GET /api/v1/commendations",
        200,
        """
        {"items":[{"id":"k-1","recipientKind":"INDIVIDUAL","recipientKindLabel":"Cá nhân",
          "recipientName":"Lò Thị Xuân","position":"Trưởng bản Huổi Lếch","unitId":"XA-MUONG-NHE",
          "unitName":"Xã Mường Nhé","level":"COMMUNE","levelLabel":"Cấp xã",
          "form":"CERTIFICATE_OF_MERIT","formLabel":"Giấy khen",
          "decision":{"number":"45-QĐ/ĐU","date":"2026-11-20","signer":"Bí thư Đảng ủy xã"},
          "modelId":"MH-0007","modelName":"Tổ hòa giải bản Huổi Lếch"}],
         "page":2,"size":20,"totalItems":41,"totalPages":3}
        """);

    String page =
        mvc.perform(get("/khen-thuong?cap=COMMUNE&trang=2").with(approver()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(modelRegistry.queries("GET", "/api/v1/commendations"))
        .containsExactly("level=COMMUNE&page=2&size=20");
    assertThat(page)
        .contains("Lò Thị Xuân", "Cá nhân · Trưởng bản Huổi Lếch", "Xã Mường Nhé")
        .contains("Cấp xã · Giấy khen")
        .contains("Số 45-QĐ/ĐU ngày 20/11/2026, Bí thư Đảng ủy xã")
        .contains("href=\"/mo-hinh/models/MH-0007\"", "Tổ hòa giải bản Huổi Lếch")
        .contains("Hiển thị 41–41 trên tổng số 41", "Trang 3/3");
  }

  @Test
  void anApproversBlankFormIsForItsOwnUnitAtCapXaAndTheMonitorsAtCapTinh() throws Exception {
    assertThat(form(approver()))
        .containsPattern("value=\"XA-MUONG-NHE\"[^>]*selected")
        .containsPattern("value=\"COMMUNE\"[^>]*selected")
        .contains("Đợt 1 cấp xã 2025–2030");
    assertThat(form(SignedIn.as(registrations.findByRegistrationId("portal"), "MONITOR")))
        .containsPattern("value=\"PROVINCE\"[^>]*selected")
        .doesNotContainPattern("value=\"XA-MUONG-NHE\"[^>]*selected");
  }

  private String form(RequestPostProcessor who) throws Exception {
    return mvc.perform(get("/khen-thuong/moi").with(who))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  @Test
  void aRecordedCommendationIsSentAsTheApiNamesItAndTheListSaysSo() throws Exception {
    modelRegistry.answer("POST /api/v1/commendations", 201, "{\"id\":\"k-2\"}");

    mvc.perform(filled("modelId", "", "roundId", "COMMUNE-2025-2030-1"))
        .andExpect(redirectedUrl("/khen-thuong"))
        .andExpect(flash().attribute("notice", "Đã ghi quyết định khen thưởng Lò Văn Pọm."));

    assertThat(modelRegistry.lastBody("POST", "/api/v1/commendations"))
        .contains(
            "\"recipientKind\":\"INDIVIDUAL\"",
            "\"recipientName\":\"Lò Văn Pọm\"",
            "\"unitId\":\"XA-MUONG-NHE\"",
            "\"level\":\"COMMUNE\"",
            "\"form\":\"CERTIFICATE_OF_MERIT\"",
            "\"decisionNumber\":\"32-QĐ/ĐU\"",
            "\"decisionDate\":\"2026-11-20\"",
            "\"modelId\":null",
            "\"roundId\":\"COMMUNE-2025-2030-1\"");
  }

  @Test
  void aRefusalIsShownBesideItsFieldAndWhatWasTypedIsKept() throws Exception {
    modelRegistry.answer(
        "POST /api/v1/commendations",
        400,
        """
        {"title":"Dữ liệu không hợp lệ","detail":"Dữ liệu không hợp lệ",
         "errors":[{"field":"form","message":"bằng khen chỉ do cấp tỉnh tặng"}]}
        """);

    String page =
        mvc.perform(filled("form", "DIPLOMA_OF_MERIT"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("id=\"form-loi\"", "bằng khen chỉ do cấp tỉnh tặng")
        .contains("Vui lòng sửa: bằng khen chỉ do cấp tỉnh tặng.")
        .contains("value=\"Lò Văn Pọm\"", "value=\"32-QĐ/ĐU\"", "value=\"2026-11-20\"")
        .containsPattern("value=\"DIPLOMA_OF_MERIT\"[^>]*selected");
  }

  @Test
  void anotherCommunesCommendationIsRefusedWithTheServicesWords() throws Exception {
    modelRegistry.answer(
        "POST /api/v1/commendations",
        403,
        """
        {"title":"Không có thẩm quyền","code":"outside-jurisdiction",
         "detail":"Chỉ được quyết định ở cấp xã cho đơn vị mình và đơn vị trực thuộc"}
        """);

    String page =
        mvc.perform(filled("unitId", "XA-NA-HY"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .contains("id=\"loi-khen-thuong\"")
        .contains("Chỉ được quyết định ở cấp xã cho đơn vị mình và đơn vị trực thuộc");
  }

  @Test
  void onlyTheMonitorAndApproversReachCommendations() throws Exception {
    var portal = registrations.findByRegistrationId("portal");
    mvc.perform(get("/khen-thuong").with(SignedIn.of(portal, "XA-MUONG-NHE", "UNIT_OFFICER")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/khen-thuong/moi").with(SignedIn.as(portal, "VIEWER")))
        .andExpect(status().isForbidden());
  }

  /** The form filled in, with {@code changes} (field, value, field, value…) typed instead. */
  private MockHttpServletRequestBuilder filled(String... changes) {
    var typed = new java.util.LinkedHashMap<String, String>();
    typed.put("recipientKind", "INDIVIDUAL");
    typed.put("recipientName", "Lò Văn Pọm");
    typed.put("position", "Trưởng bản");
    typed.put("unitId", "XA-MUONG-NHE");
    typed.put("level", "COMMUNE");
    typed.put("form", "CERTIFICATE_OF_MERIT");
    typed.put("decisionNumber", "32-QĐ/ĐU");
    typed.put("decisionDate", "2026-11-20");
    typed.put("signer", "Bí thư Đảng ủy xã");
    typed.put("achievement", "Vận động 12 hộ hiến đất");
    for (int i = 0; i + 1 < changes.length; i += 2) {
      typed.put(changes[i], changes[i + 1]);
    }
    MockHttpServletRequestBuilder post = post("/khen-thuong/moi").with(approver()).with(csrf());
    typed.forEach(post::param);
    return post;
  }
}
