package vn.dienbien.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoStoreTest {

  @TempDir Path dir;

  @Test
  void documentSurvivesCleanStopAndStart() {
    Path file = dir.resolve("mongo").resolve("store.mv");

    try (EmbeddedMongoStore store = EmbeddedMongoStore.open(file, "127.0.0.1", 0);
        MongoClient client =
            MongoClients.create(store.connectionString() + "/?uuidRepresentation=standard")) {
      collection(client)
          .insertOne(
              new Document("_id", "06-CT/TU").append("title", "Chỉ thị về công tác dân vận"));
    }

    try (EmbeddedMongoStore store = EmbeddedMongoStore.open(file, "127.0.0.1", 0);
        MongoClient client =
            MongoClients.create(store.connectionString() + "/?uuidRepresentation=standard")) {
      Document found = collection(client).find(new Document("_id", "06-CT/TU")).first();
      assertThat(found).isNotNull();
      assertThat(found.getString("title")).isEqualTo("Chỉ thị về công tác dân vận");
    }
  }

  @Test
  void answersTheHelloHandshakeThatSpringBootHealthUses() {
    try (EmbeddedMongoStore store =
            EmbeddedMongoStore.open(dir.resolve("hello.mv"), "127.0.0.1", 0);
        MongoClient client = MongoClients.create(store.connectionString())) {
      Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));
      assertThat(hello.get("ok", Number.class).intValue()).isEqualTo(1);
      assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
      assertThat(hello.get("maxWireVersion", Number.class).intValue()).isPositive();
    }
  }

  private static MongoCollection<Document> collection(MongoClient client) {
    return client.getDatabase("directive").getCollection("directives");
  }
}
