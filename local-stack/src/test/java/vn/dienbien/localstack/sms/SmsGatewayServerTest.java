package vn.dienbien.localstack.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmsGatewayServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ESMS = "/MainService.svc/json/SendMultipleMessage_V4_post_json/";

  private final HttpClient http = HttpClient.newHttpClient();
  private SmsGatewayServer gateway;

  @BeforeEach
  void start() {
    gateway = new SmsGatewayServer(0).start();
  }

  @AfterEach
  void stop() {
    gateway.stop();
  }

  @Test
  void genericApiAcceptsAndIsIdempotentOnRequestId() throws Exception {
    String body =
        """
        {"requestId":"req-1","to":"+84912345678","text":"Nhắc việc: báo cáo Chỉ thị 06-CT/TU","sender":"DIENBIEN"}\
        """;
    HttpResponse<String> first = post("/api/v1/sms", body);
    HttpResponse<String> again = post("/api/v1/sms", body);

    assertThat(first.statusCode()).isEqualTo(200);
    JsonNode accepted = JSON.readTree(first.body());
    assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
    assertThat(JSON.readTree(again.body()).get("messageId").asText())
        .isEqualTo(accepted.get("messageId").asText());
    assertThat(gateway.messages())
        .singleElement()
        .satisfies(m -> {
          assertThat(m.text()).isEqualTo("Nhắc việc: báo cáo Chỉ thị 06-CT/TU");
          assertThat(m.provider()).isEqualTo(SmsMessage.GENERIC);
          assertThat(m.unicode()).isTrue();
          assertThat(m.segments()).isEqualTo(1);
        });
  }

  @Test
  void genericApiRejectsMissingFieldsAndBadJson() throws Exception {
    HttpResponse<String> missingText =
        post("/api/v1/sms", "{\"requestId\":\"r\",\"to\":\"+84912345678\"}");
    HttpResponse<String> badPhone =
        post("/api/v1/sms", "{\"requestId\":\"r\",\"to\":\"abc\",\"text\":\"x\"}");
    HttpResponse<String> notJson = post("/api/v1/sms", "{oops");

    assertThat(missingText.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(missingText.body()).get("status").asText()).isEqualTo("REJECTED");
    assertThat(JSON.readTree(missingText.body()).get("error").asText()).contains("text");
    assertThat(badPhone.statusCode()).isEqualTo(400);
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(gateway.messages()).isEmpty();
  }

  @Test
  void failNextSimulatesAnOutageThenRecovers() throws Exception {
    gateway.failNext(2, 503);
    String body =
        "{\"requestId\":\"r-2\",\"to\":\"0912345678\",\"text\":\"hello\",\"sender\":\"DIENBIEN\"}";

    assertThat(post("/api/v1/sms", body).statusCode()).isEqualTo(503);
    assertThat(post(ESMS, esms("e-0", null)).statusCode()).isEqualTo(503);
    assertThat(post("/api/v1/sms", body).statusCode()).isEqualTo(200);
    assertThat(gateway.messages()).hasSize(1);
  }

  @Test
  void esmsApiAcceptsIdempotentlyAndPostsDeliveryReport() throws Exception {
    CompletableFuture<String> report = new CompletableFuture<>();
    HttpServer callback = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    callback.createContext(
        "/dlr",
        exchange -> {
          report.complete(
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    callback.start();
    try {
      String url = "http://127.0.0.1:" + callback.getAddress().getPort() + "/dlr";
      HttpResponse<String> first = post(ESMS, esms("e-1", url));
      HttpResponse<String> again = post(ESMS, esms("e-1", url));

      JsonNode ok = JSON.readTree(first.body());
      assertThat(first.statusCode()).isEqualTo(200);
      assertThat(ok.get("CodeResult").asText()).isEqualTo("100");
      assertThat(ok.get("CountRegenerate").asInt()).isZero();
      assertThat(JSON.readTree(again.body()).get("SMSID").asText())
          .isEqualTo(ok.get("SMSID").asText());
      assertThat(gateway.messages())
          .singleElement()
          .satisfies(m -> assertThat(m.sender()).isEqualTo("DIENBIEN"));
      // The report is posted by the gateway's own background thread: a bound that holds on a
      // loaded 2-core machine (the wait ends as soon as it arrives).
      JsonNode dlr = JSON.readTree(report.get(120, TimeUnit.SECONDS));
      assertThat(dlr.get("SMSID").asText()).isEqualTo(ok.get("SMSID").asText());
      assertThat(dlr.get("RequestId").asText()).isEqualTo("e-1");
      assertThat(dlr.get("SendStatus").asInt()).isEqualTo(5);
      assertThat(dlr.get("Phone").asText()).isEqualTo("84912345678");
    } finally {
      callback.stop(0);
    }
  }

  @Test
  void esmsApiRejectsWrongCredentials() throws Exception {
    HttpResponse<String> wrong = post(ESMS, esms("e-3", null).replace("local-secret", "nope"));
    HttpResponse<String> missing = post(ESMS, "{\"Phone\":\"84912345678\",\"Content\":\"x\"}");

    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(wrong.body()).get("CodeResult").asText()).isEqualTo("101");
    assertThat(JSON.readTree(wrong.body()).get("ErrorMessage").asText()).isNotBlank();
    assertThat(JSON.readTree(missing.body()).get("CodeResult").asText()).isEqualTo("101");
    assertThat(gateway.messages()).isEmpty();
  }

  @Test
  void viewerListsMessagesAsHtmlAndJson() throws Exception {
    post(
        "/api/v1/sms",
        "{\"requestId\":\"v\",\"to\":\"+84912345678\",\"text\":\"Mường Phăng <b>\"}");

    HttpResponse<String> html = get("/");
    HttpResponse<String> json = get("/api/v1/sms");

    assertThat(html.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).contains("utf-8"));
    assertThat(html.body())
        .contains("Mường Phăng &lt;b&gt;", "+84912345678", "DIENBIEN", "generic");
    assertThat(JSON.readTree(json.body()).get(0).get("text").asText()).isEqualTo("Mường Phăng <b>");
    assertThat(
            java.time.Instant.parse(JSON.readTree(json.body()).get(0).get("receivedAt").asText()))
        .isNotNull();
    gateway.reset();
    assertThat(JSON.readTree(get("/api/v1/sms").body())).isEmpty();
  }

  private static String esms(String requestId, String callbackUrl) {
    return """
    {"ApiKey":"local-key","SecretKey":"local-secret","Phone":"84912345678",
     "Content":"Dien Bien: han bao cao 15/12","Brandname":"DIENBIEN","SmsType":"2","IsUnicode":"0",
     "RequestId":"%s"%s}\
    """
        .formatted(
            requestId, callbackUrl == null ? "" : ",\"CallbackUrl\":\"" + callbackUrl + "\"");
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + gateway.port() + path);
  }
}
