package vn.dienbien.notification.channel.email;

import jakarta.annotation.PreDestroy;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.channel.ChannelSender;
import vn.dienbien.notification.channel.Outgoing;
import vn.dienbien.notification.channel.SendOutcome;
import vn.dienbien.notification.message.Channel;

/** Email over SMTP, HTML with a plain-text alternative, UTF-8, on kept-open sessions. */
@Component
@EnableConfigurationProperties(EmailProperties.class)
class EmailSender implements ChannelSender {

  static final String PROVIDER = "smtp";
  private static final String UTF_8 = "UTF-8";
  private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

  private final JavaMailSenderImpl mail;
  private final EmailProperties properties;
  private final SmtpSessions sessions;
  private final InternetAddress from;

  EmailSender(JavaMailSenderImpl mail, EmailProperties properties) {
    this.mail = mail;
    this.properties = properties;
    try {
      this.from = new InternetAddress(properties.from(), properties.fromName(), UTF_8);
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
    this.sessions = new SmtpSessions(mail, properties.messagesPerSession());
  }

  @PreDestroy
  void closeSessions() {
    sessions.close();
  }

  int openSessions() {
    return sessions.openSessions();
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public SendOutcome send(Outgoing message) {
    String messageId = "<" + message.deliveryId() + "@" + properties.messageIdDomain() + ">";
    MimeMessage mime;
    try {
      mime = compose(message, messageId);
    } catch (MailPreparationException e) {
      return new SendOutcome.Permanent(PROVIDER, "message cannot be built: " + e.getMessage());
    }
    try {
      sessions.send(mime);
      return new SendOutcome.Sent(PROVIDER, messageId, null);
    } catch (AuthenticationFailedException e) {
      log.warn(
          "SMTP server refused our credentials; delivery {} will be retried", message.deliveryId());
      return new SendOutcome.Transient(PROVIDER, "SMTP authentication failed");
    } catch (MessagingException e) {
      return classify(e);
    }
  }

  /**
   * A multipart/alternative (plain text, then HTML) built directly: Spring's {@code
   * MimeMessageHelper} on a message of our own class loads a MIME-type map from the classpath for
   * every message, which the e-mail benchmark found to be the sender's largest cost.
   */
  private MimeMessage compose(Outgoing message, String messageId) {
    try {
      MimeMessage mime = new FixedIdMessage(mail, messageId);
      mime.setFrom(from);
      mime.setRecipients(Message.RecipientType.TO, oneAddress(message.address()));
      mime.setSubject(message.subject(), UTF_8);
      if (message.html() == null) {
        mime.setText(message.text(), UTF_8);
      } else {
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(part(message.text(), "plain"));
        alternative.addBodyPart(part(message.html(), "html"));
        mime.setContent(alternative);
      }
      mime.setSentDate(new Date());
      mime.saveChanges();
      return mime;
    } catch (MessagingException | RuntimeException e) {
      throw new MailPreparationException("cannot build message", e);
    }
  }

  /** As {@code MimeMessageHelper.setTo} takes it: exactly one address. */
  private static InternetAddress[] oneAddress(String address) throws AddressException {
    InternetAddress[] parsed = InternetAddress.parse(address);
    if (parsed.length != 1) {
      throw new AddressException("Illegal address", address);
    }
    return parsed;
  }

  private static MimeBodyPart part(String text, String subtype) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(text == null ? "" : text, UTF_8, subtype);
    return part;
  }

  private static SendOutcome classify(MessagingException e) {
    Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
    if (e instanceof SendFailedException failed
        && failed.getInvalidAddresses() != null
        && failed.getInvalidAddresses().length > 0) {
      return new SendOutcome.Permanent(PROVIDER, "recipient address refused by the SMTP server");
    }
    return new SendOutcome.Transient(
        PROVIDER, "SMTP server unavailable: " + cause.getClass().getSimpleName());
  }

  /** Keeps the Message-ID we derived from the delivery id instead of a random one. */
  private static final class FixedIdMessage extends MimeMessage {
    private final String messageId;

    FixedIdMessage(JavaMailSenderImpl mail, String messageId) {
      super(mail.getSession());
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
