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
    assertThat(page.body())
        .contains(
            SUBJECT, "Mường Phăng", "hạn nộp báo cáo quý IV", "bithu@muongphang.dienbien.gov.vn");
    JsonNode messages = new ObjectMapper().readTree(api.body());
    assertThat(messages).hasSize(1);
    assertThat(messages.get(0).get("subject").asText()).isEqualTo(SUBJECT);
    assertThat(messages.get(0).get("text").asText()).isEqualTo(BODY);
    assertThat(messages.get(0).get("to").get(0).asText())
        .isEqualTo("bithu@muongphang.dienbien.gov.vn");
    assertThat(messages.get(0).get("date").asText()).isNotBlank();
  }

  private void send() throws Exception {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", Integer.toString(mail.smtpPort()));
    MimeMessage message = new MimeMessage(Session.getInstance(props));
    message.setFrom(new InternetAddress("no-reply@dienbien.gov.vn"));
    message.setRecipient(
        Message.RecipientType.TO, new InternetAddress("bithu@muongphang.dienbien.gov.vn"));
    message.setSubject(SUBJECT, "UTF-8");
    message.setText(BODY, "UTF-8");
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
