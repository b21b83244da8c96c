package vn.dienbien.localstack.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A received email decoded for display: RFC 2047 subject and display names ({@code
 * =?UTF-8?Q?...?=}), charset and transfer encoding of the body undone (so UTF-8 Vietnamese shows as
 * written), text part preferred over HTML. {@code id} is the message's place in arrival order (1,
 * 2, ...), the address of its page and the cursor of {@code ?after=}.
 */
public record MailView(
    int id,
    String messageId,
    String subject,
    String from,
    List<String> to,
    Instant date,
    String text,
    String html) {

  /** Decodes a GreenMail message; never throws, unreadable parts become a note in the text. */
  public static MailView of(MimeMessage message) {
    try {
      Instant date =
          message.getSentDate() != null
              ? message.getSentDate().toInstant()
              : message.getReceivedDate() != null ? message.getReceivedDate().toInstant() : null;
      Bodies bodies = new Bodies();
      bodies.collect(message);
      return new MailView(
          0,
          message.getMessageID(),
          message.getSubject(),
          addresses(message.getFrom()),
          List.of(addresses(message.getRecipients(Message.RecipientType.TO)).split(", ")),
          date,
          bodies.text == null ? null : bodies.text.replace("\r\n", "\n"),
          bodies.html);
    } catch (MessagingException | IOException | RuntimeException e) {
      return new MailView(0, null, "(thư không đọc được)", "", List.of(), null, e.toString(), null);
    }
  }

  MailView withId(int id) {
    return new MailView(id, messageId, subject, from, to, date, text, html);
  }

  private static String addresses(Address[] addresses) {
    if (addresses == null) {
      return "";
    }
    return String.join(", ", Arrays.stream(addresses).map(MailView::decoded).toList());
  }

  /** "Hệ thống theo dõi <thongbao@...>" rather than "=?UTF-8?Q?H=E1=BB=87...?= <thongbao@...>". */
  private static String decoded(Address address) {
    if (!(address instanceof InternetAddress internet)) {
      return address.toString();
    }
    return internet.getPersonal() == null
        ? internet.getAddress()
        : internet.getPersonal() + " <" + internet.getAddress() + ">";
  }

  /** Walks a MIME tree keeping the first text/plain and the first text/html part. */
  private static final class Bodies {
    private String text;
    private String html;

    void collect(Part part) throws MessagingException, IOException {
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        return;
      }
      if (part.isMimeType("text/plain") && text == null) {
        text = String.valueOf(part.getContent());
      } else if (part.isMimeType("text/html") && html == null) {
        html = String.valueOf(part.getContent());
      } else if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          collect(multipart.getBodyPart(i));
        }
      }
    }
  }
}
