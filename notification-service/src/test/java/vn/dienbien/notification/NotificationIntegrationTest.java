package vn.dienbien.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import vn.dienbien.localstack.sms.SmsGatewayServer;
import vn.dienbien.notification.digest.DigestJob;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.time.TestClock;

/**
 * One Spring context for every integration test class: real Kafka, mongo-java-server, a real SMTP
 * server (GreenMail) and the local SMS gateway over HTTP, with the test clock from the base date,
 * which tests move forward. The dispatcher keeps polling (every 100 ms) like the outbox relay; the
 * daily digest job does not run by itself (test config/application.yml): tests run it with {@link
 * #sendDueDigests()}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "notification.delivery.poll-interval=100ms",
      "notification.delivery.first-retry=100ms",
      "notification.delivery.max-retry-delay=400ms",
      "notification.delivery.lease=3s",
      "notification.sms.provider=esms",
      "notification.sms.esms.api-key=local-key",
      "notification.sms.esms.secret-key=local-secret",
      "notification.sms.esms.callback-key=test-callback-key"
    })
public abstract class NotificationIntegrationTest extends IntegrationTestBase {

  protected static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  protected static final SmsGatewayServer SMS = new SmsGatewayServer(0);

  static {
    MAIL.start();
    SMS.start();
  }

  @DynamicPropertySource
  static void gateways(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    registry.add("notification.sms.base-url", () -> "http://127.0.0.1:" + SMS.port());
  }

  @Autowired protected TestClock clock;
  @Autowired ApplicationContext context;

  @Value("${spring.embedded.kafka.brokers}")
  protected String brokers;

  @LocalServerPort protected int port;

  protected RestClient http;
  protected java.time.LocalDate today;
  protected KafkaEvents kafka;

  /** The items of a paged list (contract C1), all on one page of at most 500. */
  @SuppressWarnings("unchecked")
  protected List<Map<String, Object>> items(String uri) {
    Map<String, Object> page =
        http.get()
            .uri(uri)
            .retrieve()
            .body(
                new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {});
    return page == null ? List.of() : (List<Map<String, Object>>) page.get("items");
  }

  @BeforeEach
  void connect() throws Exception {
    http =
        RestClient.builder()
            .baseUrl("http://localhost:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> {})
            .build();
    kafka = new KafkaEvents(brokers, clock);
    // The gateways and the clock are shared by every test of the context: start each test clean
    // (no failNext left armed, no mail or SMS of an earlier test) on a morning of its own. The
    // clock only moves forward here: each test's day follows the previous test's.
    SMS.reset();
    MAIL.purgeEmailFromAllMailboxes();
    today = clock.nextMorning();
  }

  /** Runs the daily-digest job as of the business clock. */
  protected void sendDueDigests() {
    DigestJob.run(context);
  }
}
