package vn.dienbien.embeddedmongo;

import de.bwaldvogel.mongo.bson.Document;
import java.util.function.Function;

/**
 * Answers {@code hello}, the handshake of MongoDB 4.4+ that Spring Boot's MongoDB health indicator
 * sends, as the legacy {@code isMaster} that mongo-java-server 1.47 knows, renaming {@code
 * ismaster} to {@code isWritablePrimary}. Without it a service's readiness never turns UP.
 */
final class HelloHandshake {

  private HelloHandshake() {}

  /**
   * Runs {@code command} on {@code backend} (a backend's own {@code handleCommand}), answering
   * {@code hello} as {@code isMaster}.
   */
  static Document handle(String command, Function<String, Document> backend) {
    if (!"hello".equalsIgnoreCase(command)) {
      return backend.apply(command);
    }
    Document response = backend.apply("isMaster");
    Object primary = response.remove("ismaster");
    response.put("isWritablePrimary", primary == null ? Boolean.TRUE : primary);
    return response;
  }
}
