package vn.dienbien.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both backends answer the handshake Spring Boot's health indicator sends, and still store. */
class HelloHandshakeTests {

  @TempDir Path dir;

  @Test
  void theInMemoryBackendAnswersHello() {
    assertAnswersHello(new HelloAwareMemoryBackend());
  }

  @Test
  void theH2FileBackendAnswersHello() {
    HelloAwareH2Backend backend = new HelloAwareH2Backend(dir.resolve("store.mv").toString());
    try {
      assertAnswersHello(backend);
    } finally {
      backend.close();
    }
  }

  private static void assertAnswersHello(MongoBackend backend) {
    MongoServer server = new MongoServer(backend);
    server.bind("127.0.0.1", 0);
    try (MongoClient client =
        MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
      Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
      assertThat(hello.get("ok", Number.class).intValue()).isEqualTo(1);
      assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
      assertThat(hello).doesNotContainKey("ismaster");
      var units = client.getDatabase("directive").getCollection("units");
      units.insertOne(new Document("_id", "XA-MUONG-NHE").append("name", "Xã Mường Nhé"));
      assertThat(units.find(new Document("_id", "XA-MUONG-NHE")).first())
          .containsEntry("name", "Xã Mường Nhé");
    } finally {
      server.shutdownNow();
    }
  }
}
