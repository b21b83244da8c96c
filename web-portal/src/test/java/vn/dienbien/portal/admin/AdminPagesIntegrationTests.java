package vn.dienbien.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
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
 * The admin forms against stand-ins for directive-service and notification-service: what the portal
 * sends, that a refusal's field message is shown beside its field with what was typed kept, and
 * that only administrators reach the forms.
 */
class AdminPagesIntegrationTests extends StubbedServicesTest {

  private static final String UNITS =
      """
      [{"id":"XA-MUONG-NHE","name":"Xã Mường Nhé","kind":"COMMUNE","level":"COMMUNE","active":true},
       {"id":"XA-SIN-THAU","name":"Xã Sìn Thầu","kind":"COMMUNE","level":"COMMUNE","active":true}]
      """;

  @Autowired MockMvc mvc;
  @Autowired ClientRegistrationRepository registrations;

  @BeforeEach
  void units() {
    directive.reset();
    notification.reset();
    directive.answer("GET /api/v1/units", 200, UNITS);
    directive.answer(
        "GET /api/v1/units/XA-MUONG-NHE",
        200,
        "{\"id\":\"XA-MUONG-NHE\",\"name\":\"Xã Mường Nhé\",\"active\":true}");
  }

  private RequestPostProcessor as(String role) {
    return SignedIn.as(registrations.findByRegistrationId("portal"), role);
  }

  @Test
  void aRefusedUnitShowsTheServicesMessageBesideTheFieldAndKeepsWhatWasTyped() throws Exception {
    directive.answer(
        "POST /api/v1/units",
        400,
        """
        {"title":"Dữ liệu không hợp lệ","detail":"Dữ liệu không hợp lệ",
         "errors":[{"field":"code","message":"chỉ gồm chữ in hoa không dấu, số và dấu gạch ngang"}]}
        """);

    mvc.perform(
            post("/quan-tri/don-vi/moi")
                .with(as("ADMIN"))
                .with(csrf())
                .param("code", "xa moi")
                .param("name", "Xã Mới")
                .param("kind", "COMMUNE")
                .param("level", "COMMUNE"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"code-loi\"")))
        .andExpect(
            content()
                .string(
                    Matchers.containsString("chỉ gồm chữ in hoa không dấu, số và dấu gạch ngang")))
        .andExpect(content().string(Matchers.containsString("id=\"name\"")))
        .andExpect(content().string(Matchers.containsString("Mới\">")));

    assertThat(directive.lastBody("POST", "/api/v1/units"))
        .contains("\"code\":\"xa moi\"", "\"parentId\":null", "\"level\":\"COMMUNE\"");
  }

  @Test
  void aCorrectedUnitIsPutUnderItsOwnCode() throws Exception {
    directive.answer(
        "PUT /api/v1/units/XA-MUONG-NHE",
        200,
        "{\"id\":\"XA-MUONG-NHE\",\"name\":\"Xã Mường Nhé Mới\"}");

    mvc.perform(
            post("/quan-tri/don-vi/XA-MUONG-NHE")
                .with(as("ADMIN"))
                .with(csrf())
                .param("code", "XA-KHAC")
                .param("name", "Xã Mường Nhé Mới")
                .param("kind", "COMMUNE")
                .param("level", "COMMUNE"))
        .andExpect(redirectedUrl("/quan-tri/don-vi/XA-MUONG-NHE"))
        .andExpect(flash().attribute("notice", "Đã lưu đơn vị Xã Mường Nhé Mới."));

    assertThat(directive.lastBody("PUT", "/api/v1/units/XA-MUONG-NHE"))
        .contains("\"code\":\"XA-MUONG-NHE\"", "\"name\":\"Xã Mường Nhé Mới\"");
  }

  @Test
  void aGroupsNewMembersArePutAndARefusalNamesTheMemberList() throws Exception {
    directive.answer(
        "PUT /api/v1/unit-groups/NHOM-A/members", 200, "{\"id\":\"NHOM-A\",\"name\":\"Nhóm A\"}");
    mvc.perform(
            post("/quan-tri/nhom/NHOM-A")
                .with(as("ADMIN"))
                .with(csrf())
                .param("memberIds", "XA-MUONG-NHE", "XA-SIN-THAU"))
        .andExpect(redirectedUrl("/quan-tri/nhom/NHOM-A"));
    assertThat(directive.lastBody("PUT", "/api/v1/unit-groups/NHOM-A/members"))
        .isEqualTo("{\"memberIds\":[\"XA-MUONG-NHE\",\"XA-SIN-THAU\"]}");

    directive.answer(
        "PUT /api/v1/unit-groups/NHOM-A/members",
        400,
        """
        {"title":"Dữ liệu không hợp lệ","errors":[{"field":"memberIds","message":"nhóm đơn vị phải có ít nhất một thành viên"}]}
        """);
    directive.answer(
        "GET /api/v1/unit-groups/NHOM-A",
        200,
        "{\"id\":\"NHOM-A\",\"name\":\"Nhóm A\",\"members\":[]}");
    mvc.perform(post("/quan-tri/nhom/NHOM-A").with(as("ADMIN")).with(csrf()))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("id=\"memberIds-loi\"")))
        .andExpect(content().string(Matchers.containsString("Thành viên: 0 đơn vị đang chọn")));
  }

  @Test
  void anOfficialsChannelsAndOptOutsArePutAsTheServiceNamesThem() throws Exception {
    notification.answer("PUT /api/v1/contacts/c-1", 200, "{\"id\":\"c-1\"}");

    mvc.perform(
            post("/quan-tri/can-bo/c-1")
                .with(as("ADMIN"))
                .with(csrf())
                .param("fullName", "Lò Thị Hoa")
                .param("unitId", "XA-SIN-THAU")
                .param("roles", "REPORTING_OFFICER")
                .param("mobile", "0912 345 678")
                .param("preferences", "REPORT_OVERDUE:SMS", "REPORT_OVERDUE:EMAIL")
                .param("optOuts", "MODEL_RECOGNISED")
                .param("_digest", "on"))
        .andExpect(redirectedUrl("/quan-tri/can-bo?donVi=XA-SIN-THAU"));

    assertThat(notification.lastBody("PUT", "/api/v1/contacts/c-1"))
        .contains(
            "\"channelPreferences\":{\"REPORT_OVERDUE\":[\"SMS\",\"EMAIL\"]}",
            "\"optOuts\":[\"MODEL_RECOGNISED\"]",
            "\"digest\":false",
            "\"email\":null");
  }

  @Test
  void theContactFormShowsTheOfficialsCurrentChoices() throws Exception {
    notification.answer(
        "GET /api/v1/contacts/c-1",
        200,
        """
        {"id":"c-1","fullName":"Lò Thị Hoa","unitId":"XA-SIN-THAU","roles":["UNIT_HEAD"],
         "mobile":"+84912345678","channelPreferences":{"REPORT_DUE_SOON":["SMS"]},
         "optOuts":["COMMENDATION_AWARDED"],"digest":true,"demo":false}
        """);

    String page =
        mvc.perform(get("/quan-tri/can-bo/c-1").with(as("ADMIN")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(page)
        .containsPattern("id=\"pref-REPORT_DUE_SOON-SMS\"[^>]*checked")
        .doesNotContainPattern("id=\"pref-REPORT_DUE_SOON-EMAIL\"[^>]*checked")
        .containsPattern("id=\"optout-COMMENDATION_AWARDED\"[^>]*checked")
        .containsPattern("id=\"role-UNIT_HEAD\"[^>]*checked")
        .containsPattern("id=\"digest\"[^>]*checked");
  }

  @Test
  void onlyAdministratorsReachTheAdminForms() throws Exception {
    mvc.perform(get("/quan-tri/don-vi/moi").with(as("EDITOR"))).andExpect(status().isForbidden());
    mvc.perform(get("/quan-tri/nhom/moi").with(as("MONITOR"))).andExpect(status().isForbidden());
    mvc.perform(get("/quan-tri/can-bo/moi").with(as("EDITOR"))).andExpect(status().isForbidden());
    mvc.perform(get("/quan-tri/don-vi/moi").with(as("ADMIN"))).andExpect(status().isOk());
  }
}
