package vn.dienbien.notification.channel.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienbien.localstack.sms.SmsGatewayServer;
import vn.dienbien.notification.channel.SendOutcome;

/**
 * Both gateway APIs against the local SMS gateway over real HTTP, and against one that talks
 * nonsense.
 */
class SmsProvidersTests {

  private static final SmsGatewayServer GATEWAY = new SmsGatewayServer(0);
  private static HttpServer nonsense;

  @BeforeAll
  static void start() throws Exception {
    GATEWAY.start();
    nonsense = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    nonsense.createContext(
        "/",
        exchange -> {
          byte[] body = "<html>Service Temporarily Unavailable".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    nonsense.start();
  }

  @AfterAll
  static void stop() {
    GATEWAY.stop();
    nonsense.stop(0);
  }

  @BeforeEach
  void reset() {
    GATEWAY.reset();
  }

  @Test
  void genericApiSendsOncePerRequestId() {
    var provider = new GenericSmsProvider(gateway(GATEWAY.port()), "TINHUY-DB");
    var first =
        (SendOutcome.Sent) provider.send("req-1", "+84912000001", "Nhắc nhở: báo cáo quá hạn");
    var again =
        (SendOutcome.Sent) provider.send("req-1", "+84912000001", "Nhắc nhở: báo cáo quá hạn");
    assertThat(again.messageId()).isEqualTo(first.messageId());
    assertThat(GATEWAY.messages()).hasSize(1);
    assertThat(GATEWAY.messages().getFirst().text()).isEqualTo("Nhắc nhở: báo cáo quá hạn");
  }

  @Test
  void genericApiOutageIsTransientAndRejectionPermanent() {
    var provider = new GenericSmsProvider(gateway(GATEWAY.port()), "TINHUY-DB");
    GATEWAY.failNext(1, 503);
    assertThat(provider.send("req-2", "+84912000001", "x"))
        .isInstanceOf(SendOutcome.Transient.class);
    assertThat(provider.send("req-3", "không phải số", "x"))
        .isInstanceOf(SendOutcome.Permanent.class);
    assertThat(GATEWAY.messages()).isEmpty();
  }

  @Test
  void esmsWithWrongCredentialsIsAPermanentFailure() {
    var provider = esms(GATEWAY.port(), "local-key", "wrong-secret");
    var outcome = provider.send("req-4", "+84912000001", "x");
    assertThat(outcome).isInstanceOf(SendOutcome.Permanent.class);
    assertThat(((SendOutcome.Permanent) outcome).reason()).startsWith("CodeResult 101");
    assertThat(GATEWAY.messages()).isEmpty();
  }

  @Test
  void esmsSendsInNationalFormatWithUnicodeFlag() {
    var outcome =
        esms(GATEWAY.port(), "local-key", "local-secret").send("req-5", "+84912000001", "Nhắc nhở");
    assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
    assertThat(GATEWAY.messages())
        .singleElement()
        .satisfies(m -> {
          assertThat(m.to()).isEqualTo("0912000001");
          assertThat(m.unicode()).isTrue();
          assertThat(m.requestId()).isEqualTo("req-5");
        });
  }

  @Test
  void aGatewayAnsweringGarbageIsRetriedNotTrusted() {
    int port = nonsense.getAddress().getPort();
    assertThat(esms(port, "k", "s").send("req-6", "+84912000001", "x"))
        .isInstanceOf(SendOutcome.Transient.class);
    assertThat(new GenericSmsProvider(gateway(port), "S").send("req-6", "+84912000001", "x"))
        .isInstanceOf(SendOutcome.Transient.class);
  }

  @Test
  void anUnreachableGatewayIsTransient() {
    assertThat(new GenericSmsProvider(gateway(1), "S").send("req-7", "+84912000001", "x"))
        .isInstanceOf(SendOutcome.Transient.class);
  }

  private static EsmsProvider esms(int port, String key, String secret) {
    var properties =
        new SmsProperties(
            "esms",
            "http://127.0.0.1:" + port,
            "TINHUY-DB",
            null,
            320,
            Duration.ofSeconds(2),
            new SmsProperties.Esms(key, secret, null, null));
    return new EsmsProvider(gateway(port), properties, () -> null);
  }

  private static GatewayCall gateway(int port) {
    return new GatewayCall("http://127.0.0.1:" + port, Duration.ofSeconds(2));
  }
}
