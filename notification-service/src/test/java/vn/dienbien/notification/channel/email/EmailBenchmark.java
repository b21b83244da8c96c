package vn.dienbien.notification.channel.email;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.dienbien.notification.channel.Outgoing;
import vn.dienbien.notification.channel.SendOutcome;

/**
 * E-mails per second handed to an SMTP server (not a test): the raw limit of one session sending
 * every mail, the way the service sent before (a connection per mail), and the service now (kept
 * sessions, {@code senders} in parallel), in the same run against the same in-process GreenMail.
 * Run: {@code mvn -B -q -pl notification-service -am -Pemail-benchmark test-compile exec:exec}
 * ({@code -Dbenchmark.mails=450 -Dbenchmark.senders=4}).
 */
public final class EmailBenchmark {

  private EmailBenchmark() {}

  public static void main(String[] args) throws Exception {
    int mails = args.length > 0 ? Integer.parseInt(args[0]) : 450;
    int senders = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    System.out.printf(
        "E-mail benchmark: %d mails to in-process GreenMail, %d cores, load %.1f%n",
        mails,
        Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (String round : List.of("warm-up", "measured")) {
      GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
      server.start();
      try {
        JavaMailSenderImpl mail = mail(server);
        double raw = rate(mails, () -> rawSession(mail, mails, round));
        double before = rate(mails, () -> perConnection(mail, mails, round));
        EmailSender sender = new EmailSender(mail, new EmailProperties(null, null, null, null));
        double now = rate(mails, () -> parallel(sender, mails, senders, round));
        sender.closeSessions();
        System.out.printf(
            "RESULT %s | raw: one SMTP session %.0f mails/s | before: a connection per mail %.0f"
                + " mails/s | now: kept sessions, %d senders %.0f mails/s | received %d of %d%n",
            round, raw, before, senders, now, server.getReceivedMessages().length, 3 * mails);
      } finally {
        server.stop();
      }
    }
    System.exit(0);
  }

  interface Run {
    void run() throws Exception;
  }

  private static double rate(int mails, Run run) throws Exception {
    long start = System.nanoTime();
    run.run();
    return mails / ((System.nanoTime() - start) / 1e9);
  }

  private static void rawSession(JavaMailSenderImpl mail, int mails, String round)
      throws Exception {
    try (Transport transport = mail.getSession().getTransport("smtp")) {
      transport.connect(mail.getHost(), mail.getPort(), null, null);
      for (int i = 0; i < mails; i++) {
        MimeMessage message = message(mail, round + "-raw-" + i);
        transport.sendMessage(message, message.getAllRecipients());
      }
    }
  }

  private static void perConnection(JavaMailSenderImpl mail, int mails, String round)
      throws Exception {
    for (int i = 0; i < mails; i++) {
      mail.send(message(mail, round + "-before-" + i));
    }
  }

  private static void parallel(EmailSender sender, int mails, int senders, String round)
      throws Exception {
    ExecutorService pool =
        Executors.newFixedThreadPool(senders, Thread.ofPlatform().name("sender-", 1).factory());
    List<Future<SendOutcome>> sends = new ArrayList<>();
    for (int i = 0; i < mails; i++) {
      String id = round + "-now-" + i;
      sends.add(
          pool.submit(() ->
              sender.send(
                  new Outgoing(
                      id, "can-bo@xa.dienbien.vn", "Nhắc hạn", "Nội dung", "<p>Nội dung</p>"))));
    }
    for (Future<SendOutcome> send : sends) {
      if (!(send.get() instanceof SendOutcome.Sent)) {
        throw new IllegalStateException("not sent: " + send.get());
      }
    }
    pool.shutdown();
  }

  private static MimeMessage message(JavaMailSenderImpl mail, String id) throws Exception {
    MimeMessage message = new MimeMessage(mail.getSession());
    message.setFrom(new InternetAddress("thongbao@theodoi.dienbien.vn"));
    message.setRecipients(Message.RecipientType.TO, "can-bo@xa.dienbien.vn");
    message.setSubject("Nhắc hạn " + id, "UTF-8");
    message.setText("Nội dung", "UTF-8");
    message.saveChanges();
    return message;
  }

  private static JavaMailSenderImpl mail(GreenMail server) {
    JavaMailSenderImpl mail = new JavaMailSenderImpl();
    mail.setHost("127.0.0.1");
    mail.setPort(server.getSmtp().getPort());
    mail.setDefaultEncoding("UTF-8");
    return mail;
  }
}
