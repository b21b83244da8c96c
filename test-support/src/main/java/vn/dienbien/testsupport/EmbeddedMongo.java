package vn.dienbien.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import vn.dienbien.embeddedmongo.HelloAwareMemoryBackend;

/** One in-memory mongo-java-server per test JVM, speaking the MongoDB wire protocol. */
public final class EmbeddedMongo {

  private static MongoServer server;

  private EmbeddedMongo() {}

  public static synchronized String uri(String database) {
    if (server == null) {
      server = new MongoServer(new HelloAwareMemoryBackend());
      server.bind("127.0.0.1", 0);
      Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
    }
    InetSocketAddress address = server.getLocalAddress();
    return "mongodb://127.0.0.1:"
        + address.getPort()
        + "/"
        + database
        + "?uuidRepresentation=standard";
  }
}
