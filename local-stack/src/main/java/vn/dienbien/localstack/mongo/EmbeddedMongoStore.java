package vn.dienbien.localstack.mongo;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.dienbien.embeddedmongo.HelloAwareH2Backend;

/**
 * mongo-java-server with the H2 MVStore file backend. {@link #close()} stops accepting connections,
 * then commits and closes the store file, so a clean stop loses nothing.
 */
public final class EmbeddedMongoStore implements AutoCloseable {

  private final MongoServer server;
  private final H2Backend backend;

  private EmbeddedMongoStore(MongoServer server, H2Backend backend) {
    this.server = server;
    this.backend = backend;
  }

  /** Opens (or creates) {@code file} and listens on host:port; port 0 picks a free port. */
  public static EmbeddedMongoStore open(Path file, String host, int port) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + file.getParent(), e);
    }
    H2Backend backend = new HelloAwareH2Backend(file.toAbsolutePath().toString());
    MongoServer server = new MongoServer(backend);
    try {
      server.bind(host, port);
    } catch (RuntimeException e) {
      backend.close();
      throw e;
    }
    return new EmbeddedMongoStore(server, backend);
  }

  public int port() {
    return server.getLocalAddress().getPort();
  }

  public String connectionString() {
    return "mongodb://" + server.getLocalAddress().getHostString() + ":" + port();
  }

  /** Stops listening, closes open cursors and client connections, then closes the H2 file. */
  @Override
  public void close() {
    server.shutdown();
    if (!backend.getMvStore().isClosed()) {
      backend.close();
    }
  }
}
