package vn.dienbien.notification.channel.email;

import jakarta.annotation.PreDestroy;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
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
  private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

  private final JavaMailSenderImpl mail;
  private final EmailProperties properties;
  private final SmtpSessions sessions;

  EmailSender(JavaMailSenderImpl mail, EmailProperties properties) {
    this.mail = mail;
    this.properties = properties;
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

  private MimeMessage compose(Outgoing message, String messageId) {
    try {
      MimeMessage mime = new FixedIdMessage(mail, messageId);
      MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
      helper.setFrom(new InternetAddress(properties.from(), properties.fromName(), "UTF-8"));
      helper.setTo(message.address());
      helper.setSubject(message.subject());
      helper.setText(message.text(), message.html());
      mime.setSentDate(new Date());
      mime.saveChanges();
      return mime;
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailPreparationException("cannot build message", e);
    }
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
