package vn.dienbien.localstack.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A received email decoded for display: RFC 2047 subject, charset and transfer encoding of the body
 * undone (so UTF-8 Vietnamese shows as written), text part preferred over HTML.
 */
public record MailView(
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
          message.getMessageID(),
          message.getSubject(),
          addresses(message.getFrom()),
          List.of(addresses(message.getRecipients(Message.RecipientType.TO)).split(", ")),
          date,
          bodies.text == null ? null : bodies.text.replace("\r\n", "\n"),
          bodies.html);
    } catch (MessagingException | IOException | RuntimeException e) {
      return new MailView(null, "(unreadable message)", "", List.of(), null, e.toString(), null);
    }
  }

  private static String addresses(Address[] addresses) {
    if (addresses == null) {
      return "";
    }
    return String.join(", ", Arrays.stream(addresses).map(Address::toString).toList());
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
