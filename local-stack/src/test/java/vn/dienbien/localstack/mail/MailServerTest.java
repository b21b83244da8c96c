package vn.dienbien.localstack.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MailServerTest {

  private static final String SUBJECT = "Nhắc hạn báo cáo Chỉ thị 06-CT/TU";
  private static final String BODY =
      "Kính gửi đồng chí Bí thư Đảng ủy xã Mường Phăng,\n"
          + "hạn nộp báo cáo quý IV là ngày 15/12.";

  private final HttpClient http = HttpClient.newHttpClient();
  private MailServer mail;

  @BeforeEach
  void start() {
    mail = new MailServer("127.0.0.1", 0, 0).start();
  }

  @AfterEach
  void stop() {
    mail.stop();
  }

  @Test
  void viewerShowsVietnameseMailDecoded() throws Exception {
    send();

    HttpResponse<String> page = get("/");
    HttpResponse<String> api = get("/api/messages");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(SUBJECT, "bithu@muongphang.dienbien.gov.vn");
    assertThat(get("/thu/1").body()).contains(SUBJECT, "Mường Phăng", "hạn nộp báo cáo quý IV");
    JsonNode messages = new ObjectMapper().readTree(api.body());
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).get("subject").asText()).isEqualTo(SUBJECT);
    assertThat(messages.get(0).get("text").asText()).isEqualTo(BODY);
    assertThat(messages.get(0).get("to").get(0).asText())
        .isEqualTo("bithu@muongphang.dienbien.gov.vn");
    assertThat(messages.get(0).get("date").asText()).isNotBlank();
  }

  @Test
  void sendersNamedInEncodedWordsShowDecoded() throws Exception {
    send("Hệ thống theo dõi chỉ thị – Tỉnh ủy Điện Biên", SUBJECT, BODY);

    HttpResponse<String> page = get("/");
    JsonNode messages = new ObjectMapper().readTree(get("/api/messages").body());

    assertThat(messages.get(0).get("from").asText())
        .isEqualTo("Hệ thống theo dõi chỉ thị – Tỉnh ủy Điện Biên <no-reply@dienbien.gov.vn>");
    assertThat(page.body())
        .contains("Hệ thống theo dõi chỉ thị – Tỉnh ủy Điện Biên")
        .doesNotContain("=?UTF-8?");
  }

  @Test
  void eachMessageHasItsOwnPageAndTheListAsksOnlyForWhatIsNew() throws Exception {
    send(null, "Thư thứ nhất", "Nội dung một");
    send(null, "Thư thứ hai", "Nội dung hai");

    HttpResponse<String> list = get("/");
    assertThat(list.body())
        .doesNotContain("http-equiv=\"refresh\"")
        .contains("/rows?after=", "data-last=\"2\"", "href=\"/thu/1\"", "href=\"/thu/2\"")
        .doesNotContain("Nội dung một");
    assertThat(list.body().indexOf("Thư thứ hai")).isLessThan(list.body().indexOf("Thư thứ nhất"));

    HttpResponse<String> first = get("/thu/1");
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body())
        .contains("<title>Thư thứ nhất</title>", "Nội dung một", "href=\"/thu/2\"")
        .doesNotContain("Nội dung hai");
    assertThat(get("/thu/3").statusCode()).isEqualTo(404);

    JsonNode after = new ObjectMapper().readTree(get("/api/messages?after=1").body());
    assertThat(after).hasSize(1);
    assertThat(after.get(0).get("id").asInt()).isEqualTo(2);
    assertThat(after.get(0).get("subject").asText()).isEqualTo("Thư thứ hai");
    String rows = get("/rows?after=1").body();
    assertThat(rows).contains("data-id=\"2\"", "Thư thứ hai").doesNotContain("Thư thứ nhất");
    assertThat(get("/rows?after=2").body()).isBlank();
  }

  private void send() throws Exception {
    send(null, SUBJECT, BODY);
  }

  private void send(String fromName, String subject, String body) throws Exception {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", Integer.toString(mail.smtpPort()));
    MimeMessage message = new MimeMessage(Session.getInstance(props));
    message.setFrom(new InternetAddress("no-reply@dienbien.gov.vn", fromName, "UTF-8"));
    message.setRecipient(
        Message.RecipientType.TO, new InternetAddress("bithu@muongphang.dienbien.gov.vn"));
    message.setSubject(subject, "UTF-8");
    message.setText(body, "UTF-8");
    message.setSentDate(new Date());
    Transport.send(message);
  }

  private HttpResponse<String> get(String path) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + mail.viewerPort() + path);
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
