package vn.dienbien.portal.web;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal in front of stand-ins for directive-service, notification-service, model-registry and
 * report-service. Every test class extending this one shares one Spring context (same properties,
 * same property source).
 */
@SpringBootTest(properties = "portal.oidc.issuer=http://127.0.0.1:1")
@AutoConfigureMockMvc
public abstract class StubbedServicesTest {

  protected static final StubService directive = StubService.DIRECTIVE;
  protected static final StubService notification = StubService.NOTIFICATION;
  protected static final StubService modelRegistry = StubService.MODEL_REGISTRY;
  protected static final StubService report = StubService.REPORT;

  @DynamicPropertySource
  static void services(DynamicPropertyRegistry registry) {
    registry.add("portal.services.directive", directive::url);
    registry.add("portal.services.notification", notification::url);
    registry.add("portal.services.model-registry", modelRegistry::url);
    registry.add("portal.services.report", report::url);
  }
}
