package vn.dienbien.testsupport.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.dienbien.embeddedmongo.HelloAwareMemoryBackend;

/**
 * An in-memory mongo-java-server that counts, per collection, the documents it examines to answer a
 * query or find the documents a write applies to: a scan examines every document of the collection,
 * an index lookup only those it finds. Tests use it to show that a read or a write is a point
 * operation, whatever the size of the collection.
 */
public final class ExaminingStore implements AutoCloseable {

  private final Map<String, AtomicLong> examined = new ConcurrentHashMap<>();
  private final MongoServer server;

  private ExaminingStore() {
    server = new MongoServer(new CountingBackend());
    server.bind("127.0.0.1", 0);
  }

  public static ExaminingStore start() {
    return new ExaminingStore();
  }

  public String uri(String database) {
    return "mongodb://127.0.0.1:"
        + server.getLocalAddress().getPort()
        + "/"
        + database
        + "?uuidRepresentation=standard";
  }

  /** Documents of {@code collection} examined since the last {@link #reset()}. */
  public long examined(String collection) {
    AtomicLong count = examined.get(collection);
    return count == null ? 0 : count.get();
  }

  public void reset() {
    examined.clear();
  }

  @Override
  public void close() {
    server.shutdownNow();
  }

  private void countExamined(String collection) {
    examined.computeIfAbsent(collection, c -> new AtomicLong()).incrementAndGet();
  }

  private final class CountingBackend extends HelloAwareMemoryBackend {

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
      return new MemoryDatabase(databaseName, getCursorRegistry()) {
        @Override
        protected MemoryCollection openOrCreateCollection(String name, CollectionOptions options) {
          return new MemoryCollection(this, name, options, cursorRegistry) {
            @Override
            protected boolean documentMatchesQuery(Document document, Document query) {
              countExamined(name);
              return super.documentMatchesQuery(document, query);
            }
          };
        }
      };
    }
  }
}
