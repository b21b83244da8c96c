package vn.dienbien.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without a session a page goes to the authorization server with PKCE (and is remembered, to come
 * back to after sign-in); a partial update reloads its page instead; the rest is closed. The portal
 * starts although no authorization server is running (endpoints are configured, not discovered).
 */
@SpringBootTest(properties = "portal.oidc.issuer=http://127.0.0.1:1")
@AutoConfigureMockMvc
class SignInIntegrationTests {

  @Autowired MockMvc mvc;

  @Test
  void aPageWithoutASessionStartsSignInAndIsComeBackToAfterwards() throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(get("/don-vi/nhiem-vu?trang=2").session(session))
        .andExpect(status().isFound())
        .andExpect(header().string("Location", "/oauth2/authorization/portal"));
    String saved = String.valueOf(session.getAttribute("SPRING_SECURITY_SAVED_REQUEST"));
    assertThat(saved).contains("/don-vi/nhiem-vu?trang=2");

    String authorize =
        mvc.perform(get("/oauth2/authorization/portal").session(session))
            .andExpect(status().isFound())
            .andReturn()
            .getResponse()
            .getHeader("Location");
    assertThat(authorize)
        .startsWith("http://127.0.0.1:1/oauth2/authorize?")
        .contains("client_id=web-portal", "code_challenge=", "code_challenge_method=S256")
        .contains("scope=openid%20profile", "nonce=");
  }

  @Test
  void aPartialUpdateWithoutASessionReloadsItsPage() throws Exception {
    mvc.perform(get("/don-vi/nhiem-vu").header("HX-Request", "true"))
        .andExpect(status().isOk())
        .andExpect(header().string("HX-Refresh", "true"));
  }

  @Test
  void assetsHealthAndTheSignedOutPageNeedNoSession() throws Exception {
    mvc.perform(get("/webjars/htmx.org/2.0.4/dist/htmx.min.js")).andExpect(status().isOk());
    mvc.perform(get("/webjars/chart.js/4.4.7/dist/chart.umd.js")).andExpect(status().isOk());
    mvc.perform(get("/webjars/bootstrap/5.3.3/css/bootstrap.min.css")).andExpect(status().isOk());
    mvc.perform(get("/css/portal.css")).andExpect(status().isOk());
    mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    mvc.perform(get("/da-dang-xuat")).andExpect(status().isOk());
  }

  @Test
  void signingOutNeedsTheFormsCsrfToken() throws Exception {
    mvc.perform(post("/dang-xuat")).andExpect(status().isForbidden());
  }
}
