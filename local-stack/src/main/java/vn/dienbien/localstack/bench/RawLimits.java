package vn.dienbien.localstack.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import vn.dienbien.localstack.kafka.KafkaAdmin;

/**
 * The raw limits the project is compared with, measured on the very store, broker and mail stand-in
 * the services use: {@code insertOne} of a report-sized document, batched produce, and mail sent
 * over one SMTP session.
 */
final class RawLimits {

  static final String DATABASE = "bench_raw";
  static final String TOPIC = "bench.raw-produce";
  private static final Duration STORE_RUN = Duration.ofSeconds(4);
  private static final int PRODUCE_RECORDS = 100_000;
  private static final int MAILS = 300;
  private static final String FILLER = "Đã triển khai đầy đủ (dữ liệu thử tải) ".repeat(12);

  private final BenchStack stack;

  RawLimits(BenchStack stack) {
    this.stack = stack;
  }

  /** {@code insertOne}/s with {@code clients} threads for a few seconds. */
  double storeInserts(int clients) throws Exception {
    try (MongoClient mongo = MongoClients.create(stack.mongoUri())) {
      MongoCollection<Document> inserts =
          mongo.getDatabase(DATABASE).getCollection("raw_inserts_" + clients);
      inserts.insertOne(document(-1)); // connect and create the collection outside the timing
      AtomicLong done = new AtomicLong();
      long deadline = System.nanoTime() + STORE_RUN.toNanos();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      long t0 = System.nanoTime();
      List<Future<?>> runs = new java.util.ArrayList<>();
      for (int c = 0; c < clients; c++) {
        runs.add(pool.submit(() -> insertUntil(inserts, deadline, done)));
      }
      for (Future<?> run : runs) {
        run.get();
      }
      long elapsed = System.nanoTime() - t0;
      pool.shutdown();
      mongo.getDatabase(DATABASE).drop();
      return Stats.perSecond(done.get(), elapsed);
    }
  }

  private static void insertUntil(
      MongoCollection<Document> inserts, long deadline, AtomicLong done) {
    while (System.nanoTime() < deadline) {
      inserts.insertOne(document(done.incrementAndGet()));
    }
  }

  private static Document document(long n) {
    return new Document(
        Map.of("obligationId", "bench:" + n, "progressPercent", 100, "results", FILLER));
  }

  /** Records/s produced in batches (acks=all) to a topic of its own on the stack's broker. */
  double brokerProduce() throws Exception {
    String servers = stack.cluster().bootstrapServers();
    try (Admin admin = KafkaAdmin.create(servers, "bench-raw")) {
      if (!admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(TOPIC)) {
        admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
      }
    }
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    byte[] value = FILLER.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(TOPIC, "warm-up", value)).get();
      long t0 = System.nanoTime();
      for (int i = 0; i < PRODUCE_RECORDS; i++) {
        producer.send(new ProducerRecord<>(TOPIC, Integer.toString(i), value));
      }
      producer.flush();
      return Stats.perSecond(PRODUCE_RECORDS, System.nanoTime() - t0);
    }
  }

  /** Messages/s handed to the mail stand-in over one SMTP session. */
  double smtpOneSession() throws MessagingException {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", Integer.toString(stack.smtpPort()));
    Session session = Session.getInstance(props);
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect();
      long t0 = System.nanoTime();
      for (int i = 0; i < MAILS; i++) {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("bench@bench.example.vn"));
        InternetAddress to = new InternetAddress("raw-smtp@bench.example.vn");
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject("Thử tải SMTP " + i, "UTF-8");
        message.setText(FILLER, "UTF-8");
        transport.sendMessage(message, new InternetAddress[] {to});
      }
      return Stats.perSecond(MAILS, System.nanoTime() - t0);
    }
  }
}
