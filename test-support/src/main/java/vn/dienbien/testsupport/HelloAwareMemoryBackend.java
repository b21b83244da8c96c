package vn.dienbien.testsupport;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * In-memory mongo-java-server backend that also answers {@code hello}, the handshake of MongoDB
 * 4.4+ that Spring Boot's MongoDB health indicator sends (mongo-java-server 1.47 only knows the
 * legacy {@code isMaster}); without it a service's readiness never turns UP.
 */
public final class HelloAwareMemoryBackend extends MemoryBackend {

  @Override
  public Document handleCommand(
      Channel channel, String databaseName, String command, Document query) {
    if ("hello".equalsIgnoreCase(command)) {
      Document response = super.handleCommand(channel, databaseName, "isMaster", query);
      Object primary = response.remove("ismaster");
      response.put("isWritablePrimary", primary == null ? Boolean.TRUE : primary);
      return response;
    }
    return super.handleCommand(channel, databaseName, command, query);
  }
}
