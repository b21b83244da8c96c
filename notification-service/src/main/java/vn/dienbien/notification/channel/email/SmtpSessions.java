package vn.dienbien.notification.channel.email;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection kept open per sending thread, instead of a connection (greeting, EHLO,
 * STARTTLS, AUTH, QUIT) per e-mail: the server took 21.7 mails/s that way and 401/s on one session.
 * A connection is closed after {@code messagesPerSession} mails (servers cap them) and when it
 * fails; a kept connection the server dropped while idle is replaced and the mail sent once more on
 * a fresh one. That resend is safe for the same reason a lapsed claim's is: the mail keeps its
 * Message-ID. A recipient the server refuses is not retried: the connection is still good.
 */
final class SmtpSessions implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SmtpSessions.class);

  private final JavaMailSenderImpl mail;
  private final int messagesPerSession;
  private final ThreadLocal<Held> current = new ThreadLocal<>();
  private final Set<Held> open = ConcurrentHashMap.newKeySet();

  SmtpSessions(JavaMailSenderImpl mail, int messagesPerSession) {
    this.mail = mail;
    this.messagesPerSession = messagesPerSession;
  }

  private static final class Held {
    private final Transport transport;
    private int sent;

    private Held(Transport transport) {
      this.transport = transport;
    }
  }

  /** Sends on this thread's connection, opening one if it has none. */
  void send(MimeMessage message) throws MessagingException {
    Held held = current.get();
    boolean reused = held != null;
    if (held == null) {
      held = connect();
    }
    try {
      held.transport.sendMessage(message, message.getAllRecipients());
    } catch (SendFailedException refused) {
      if (refused.getInvalidAddresses() != null && refused.getInvalidAddresses().length > 0) {
        throw refused;
      }
      held = retried(held, reused, message, refused);
    } catch (MessagingException broken) {
      held = retried(held, reused, message, broken);
    }
    if (++held.sent >= messagesPerSession) {
      close(held);
    }
  }

  private Held retried(Held failed, boolean reused, MimeMessage message, MessagingException e)
      throws MessagingException {
    close(failed);
    if (!reused) {
      throw e;
    }
    log.debug("Kept SMTP connection failed ({}); sending on a new one", e.toString());
    Held fresh = connect();
    try {
      fresh.transport.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException again) {
      close(fresh);
      throw again;
    }
    return fresh;
  }

  private Held connect() throws MessagingException {
    Transport transport = mail.getSession().getTransport(protocol());
    transport.connect(
        mail.getHost(),
        mail.getPort(),
        blankToNull(mail.getUsername()),
        blankToNull(mail.getPassword()));
    Held held = new Held(transport);
    current.set(held);
    open.add(held);
    return held;
  }

  private void close(Held held) {
    if (current.get() == held) {
      current.remove();
    }
    open.remove(held);
    try {
      held.transport.close();
    } catch (MessagingException e) {
      log.debug("Closing an SMTP connection failed: {}", e.toString());
    }
  }

  /** As JavaMailSenderImpl picks it: its own, else the session's, else SMTP. */
  private String protocol() {
    String protocol = mail.getProtocol();
    if (protocol == null) {
      protocol = mail.getSession().getProperty("mail.transport.protocol");
    }
    return protocol == null ? "smtp" : protocol;
  }

  /** Sessions currently open (all threads). */
  int openSessions() {
    return open.size();
  }

  @Override
  public void close() {
    open.forEach(this::close);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
