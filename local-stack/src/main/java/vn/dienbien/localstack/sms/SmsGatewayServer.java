package vn.dienbien.localstack.sms;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import vn.dienbien.localstack.web.Http;

/**
 * Local SMS gateway speaking the generic JSON API ({@code POST /api/v1/sms}) and the eSMS-style
 * brandname API, with an HTML viewer on {@code /}. Usable from tests with port 0.
 */
public final class SmsGatewayServer {

  public static final String DEFAULT_API_KEY = "local-key";
  public static final String DEFAULT_SECRET_KEY = "local-secret";

  private final String host;
  private final int requestedPort;
  private final SmsStore store = new SmsStore();
  private final String apiKey;
  private final String secretKey;
  private HttpServer server;
  private DeliveryReports reports;
  private HeldSms held;

  /** Gateway on 127.0.0.1 with the default eSMS key and secret. */
  public SmsGatewayServer(int port) {
    this("127.0.0.1", port, DEFAULT_API_KEY, DEFAULT_SECRET_KEY);
  }

  public SmsGatewayServer(String host, int port, String apiKey, String secretKey) {
    this.host = host;
    this.requestedPort = port;
    this.apiKey = apiKey;
    this.secretKey = secretKey;
  }

  /**
   * Shows on the viewer the SMS {@code source} holds back (notification-service in quiet hours);
   * call before {@link #start}.
   */
  public synchronized SmsGatewayServer showHeld(HeldSms source) {
    this.held = source;
    return this;
  }

  /**
   * Binds and starts serving; throws {@link UncheckedIOException} (e.g. a BindException) on
   * failure.
   */
  public synchronized SmsGatewayServer start() {
    if (server != null) {
      return this;
    }
    try {
      HttpServer created = Http.create(host, requestedPort, "sms-gateway-http");
      reports = new DeliveryReports(Duration.ofMillis(200));
      created.createContext("/", new SmsViewer(store, held));
      created.createContext(GenericSmsApi.PATH, new GenericSmsApi(store));
      created.createContext(EsmsApi.PATH, new EsmsApi(store, reports, apiKey, secretKey));
      created.start();
      server = created;
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "SMS gateway cannot listen on " + host + ":" + requestedPort, e);
    }
  }

  public synchronized void stop() {
    if (server != null) {
      Http.stop(server);
      reports.close();
      server = null;
    }
  }

  /** The bound port (useful after starting with port 0). */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("SMS gateway is not started");
    }
    return server.getAddress().getPort();
  }

  /** Every SMS accepted so far, oldest first (replays of the same requestId are not repeated). */
  public List<SmsMessage> messages() {
    return store.all();
  }

  /** How many requests repeated an earlier requestId and were not sent again. */
  public int replays() {
    return store.replays();
  }

  /** The next {@code count} send requests (either API) fail with {@code httpStatus}. */
  public void failNext(int count, int httpStatus) {
    store.failNext(count, httpStatus);
  }

  /** Forgets all messages and idempotency keys and disarms failNext. */
  public void reset() {
    store.reset();
  }

  /**
   * Standalone gateway (used by docker-compose). Environment: SMS_GATEWAY_HOST (default 0.0.0.0),
   * SMS_GATEWAY_PORT (8090), SMS_ESMS_API_KEY, SMS_ESMS_SECRET_KEY.
   */
  public static void main(String[] args) throws InterruptedException {
    String host = env("SMS_GATEWAY_HOST", "0.0.0.0");
    int port = Integer.parseInt(env("SMS_GATEWAY_PORT", "8090"));
    SmsGatewayServer gateway =
        new SmsGatewayServer(
                host,
                port,
                env("SMS_ESMS_API_KEY", DEFAULT_API_KEY),
                env("SMS_ESMS_SECRET_KEY", DEFAULT_SECRET_KEY))
            .start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  gateway.stop();
                  stopped.countDown();
                },
                "sms-gateway-stop"));
    System.out.println("SMS gateway listening on http://" + host + ":" + gateway.port() + "/");
    stopped.await();
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
