package vn.dienbien.notification.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.dienbien.notification.channel.Outgoing;
import vn.dienbien.notification.channel.SendOutcome;

/** E-mails go out on a kept-open SMTP connection, which is replaced when it breaks. */
class EmailSenderTests {

  /** A fixed port, so that the server restarted in a test is found where it was. */
  private final GreenMail server =
      start(new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)));

  private final EmailSender sender = sender(server, 3);

  @AfterEach
  void stop() {
    sender.closeSessions();
    server.stop();
  }

  @Test
  void mailsShareOneConnectionUpToTheSessionCap() {
    assertThat(send("d-1")).isInstanceOf(SendOutcome.Sent.class);
    assertThat(send("d-2")).isInstanceOf(SendOutcome.Sent.class);
    assertThat(sender.openSessions()).isEqualTo(1);
    assertThat(send("d-3")).isInstanceOf(SendOutcome.Sent.class);
    assertThat(sender.openSessions()).isZero(); // third mail: the session is closed at the cap
    assertThat(server.getReceivedMessages()).hasSize(3);
    assertThat(IntStream.range(0, 3).mapToObj(i -> messageId(server, i)))
        .containsExactly(
            "<d-1@notification.theodoi.dienbien.vn>",
            "<d-2@notification.theodoi.dienbien.vn>",
            "<d-3@notification.theodoi.dienbien.vn>");
  }

  @Test
  void aConnectionTheServerDroppedIsReplacedAndTheMailSentOnce() {
    assertThat(send("d-1")).isInstanceOf(SendOutcome.Sent.class);
    server.stop(); // drops the kept connection
    server.start();
    assertThat(send("d-2")).isInstanceOf(SendOutcome.Sent.class);
    assertThat(server.getReceivedMessages()).hasSize(1);
    assertThat(messageId(server, 0)).isEqualTo("<d-2@notification.theodoi.dienbien.vn>");
  }

  @Test
  void aServerThatIsDownIsATransientFailureAndLeavesNoSessionOpen() {
    server.stop();
    assertThat(send("d-1")).isInstanceOf(SendOutcome.Transient.class);
    assertThat(sender.openSessions()).isZero();
  }

  private SendOutcome send(String deliveryId) {
    return sender.send(
        new Outgoing(deliveryId, "can-bo@xa.dienbien.vn", "Nhắc hạn", "Văn bản", "<p>Văn bản</p>"));
  }

  private static String messageId(GreenMail server, int index) {
    try {
      return server.getReceivedMessages()[index].getMessageID();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static GreenMail start(GreenMail server) {
    server.start();
    return server;
  }

  static EmailSender sender(GreenMail server, int messagesPerSession) {
    JavaMailSenderImpl mail = new JavaMailSenderImpl();
    mail.setHost("127.0.0.1");
    mail.setPort(server.getSmtp().getPort());
    mail.setDefaultEncoding("UTF-8");
    return new EmailSender(mail, new EmailProperties(null, null, null, messagesPerSession));
  }
}
