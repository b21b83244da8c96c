package vn.dienbien.systemtests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import de.bwaldvogel.mongo.MongoServer;
import java.util.HashMap;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import vn.dienbien.contracts.Topics;
import vn.dienbien.embeddedmongo.HelloAwareMemoryBackend;
import vn.dienbien.testsupport.TcpForwarder;

/**
 * What the services of a system test run on, each on a free local port: a real Kafka broker (KRaft,
 * the four event topics with 3 partitions), the MongoDB-wire store and an SMTP server.
 */
public final class Infrastructure implements AutoCloseable {

  private final EmbeddedKafkaKraftBroker kafka;
  private final MongoServer mongo;
  private final GreenMail mail;

  private Infrastructure() {
    kafka =
        new EmbeddedKafkaKraftBroker(
            1,
            3,
            Topics.DIRECTIVE_EVENTS,
            Topics.REPORT_EVENTS,
            Topics.MODEL_REGISTRY_EVENTS,
            Topics.NOTIFICATION_EVENTS);
    kafka.afterPropertiesSet();
    mongo = new MongoServer(new HelloAwareMemoryBackend());
    mongo.bind("127.0.0.1", 0);
    mail = new GreenMail(new ServerSetup(TcpForwarder.reservePort(), "127.0.0.1", "smtp"));
    mail.start();
  }

  public static Infrastructure start() {
    return new Infrastructure();
  }

  public String kafkaBootstrap() {
    return kafka.getBrokersAsString();
  }

  /** The SMTP server every service sends to: what it received is what people would read. */
  public GreenMail mail() {
    return mail;
  }

  /**
   * A service's environment: its own database on the shared store, the broker, the mail server, an
   * SMS gateway address nobody listens on, and {@code extra}.
   */
  public Map<String, String> env(String database, Map<String, String> extra) {
    Map<String, String> env = new HashMap<>(extra);
    env.put(
        "MONGODB_URI",
        "mongodb://127.0.0.1:"
            + mongo.getLocalAddress().getPort()
            + "/"
            + database
            + "?uuidRepresentation=standard");
    env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
    env.put("SMTP_HOST", "127.0.0.1");
    env.put("SMTP_PORT", String.valueOf(mail.getSmtp().getPort()));
    env.put("SMS_GATEWAY_URL", "http://127.0.0.1:" + TcpForwarder.reservePort());
    return env;
  }

  @Override
  public void close() {
    mail.stop();
    mongo.shutdownNow();
    kafka.destroy();
  }
}
