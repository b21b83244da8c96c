package vn.dienbien.localstack.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dienbien.localstack.web.Http;

/**
 * GreenMail SMTP (no authentication) plus the HTTP mail viewer. Port 0 picks free ports (tests).
 */
public final class MailServer {

  private final String host;
  private final int smtpPort;
  private final int viewerPort;
  private GreenMail greenMail;
  private HttpServer viewer;

  public MailServer(String host, int smtpPort, int viewerPort) {
    this.host = host;
    this.smtpPort = smtpPort;
    this.viewerPort = viewerPort;
  }

  public synchronized MailServer start() {
    ServerSetup smtp = new ServerSetup(smtpPort, host, ServerSetup.PROTOCOL_SMTP);
    greenMail =
        new GreenMail(smtpPort == 0 ? smtp.dynamicPort() : smtp)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    greenMail.start();
    try {
      viewer = Http.create(host, viewerPort, "mail-viewer-http");
    } catch (IOException e) {
      greenMail.stop();
      throw new UncheckedIOException("mail viewer cannot listen on " + host + ":" + viewerPort, e);
    }
    viewer.createContext("/", new MailViewer(this::messages, this::purge));
    viewer.start();
    return this;
  }

  public synchronized void stop() {
    if (viewer != null) {
      Http.stop(viewer);
      viewer = null;
    }
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  public int smtpPort() {
    return greenMail.getSmtp().getPort();
  }

  public int viewerPort() {
    return viewer.getAddress().getPort();
  }

  /**
   * Received mail in arrival order, numbered from 1; a message sent to several recipients is listed
   * once, under the number of its first arrival.
   */
  public List<MailView> messages() {
    List<MailView> views = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      MailView view = MailView.of(message);
      if (view.messageId() == null || seen.add(view.messageId())) {
        views.add(view.withId(views.size() + 1));
      }
    }
    return views;
  }

  /**
   * The Message-ID of every message received, in arrival order and with repeats: a message that
   * arrived twice is listed twice (the soak counts duplicates with it).
   */
  public List<String> receivedMessageIds() {
    List<String> ids = new ArrayList<>();
    for (MimeMessage message : greenMail.getReceivedMessages()) {
      ids.add(MailView.of(message).messageId());
    }
    return ids;
  }

  /** How many messages were received so far (with repeats), without decoding them. */
  public int receivedCount() {
    return greenMail.getReceivedMessages().length;
  }

  private void purge() {
    try {
      greenMail.purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }
}
