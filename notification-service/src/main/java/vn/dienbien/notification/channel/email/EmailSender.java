package vn.dienbien.notification.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.channel.ChannelSender;
import vn.dienbien.notification.channel.Outgoing;
import vn.dienbien.notification.channel.SendOutcome;
import vn.dienbien.notification.message.Channel;

/** Email over SMTP, HTML with a plain-text alternative, UTF-8. */
@Component
@EnableConfigurationProperties(EmailProperties.class)
class EmailSender implements ChannelSender {

  static final String PROVIDER = "smtp";
  private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

  private final JavaMailSenderImpl mail;
  private final EmailProperties properties;

  EmailSender(JavaMailSenderImpl mail, EmailProperties properties) {
    this.mail = mail;
    this.properties = properties;
  }

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public SendOutcome send(Outgoing message) {
    String messageId = "<" + message.deliveryId() + "@" + properties.messageIdDomain() + ">";
    try {
      mail.send(compose(message, messageId));
      return new SendOutcome.Sent(PROVIDER, messageId, null);
    } catch (MailParseException | MailPreparationException e) {
      return new SendOutcome.Permanent(PROVIDER, "message cannot be built: " + e.getMessage());
    } catch (MailAuthenticationException e) {
      log.warn(
          "SMTP server refused our credentials; delivery {} will be retried", message.deliveryId());
      return new SendOutcome.Transient(PROVIDER, "SMTP authentication failed");
    } catch (MailException e) {
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
      return mime;
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailPreparationException("cannot build message", e);
    }
  }

  private static SendOutcome classify(MailException e) {
    Throwable cause = e.getMostSpecificCause();
    if (cause instanceof SendFailedException failed
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
