package vn.dienbien.localstack.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * H2 backend that also answers {@code hello}, the handshake command of MongoDB 4.4+ (the legacy
 * {@code isMaster} is the only one mongo-java-server 1.47 knows). Spring Boot's MongoDB health
 * indicator runs {@code hello}, so without this every service's readiness stays DOWN.
 */
final class HelloAwareH2Backend extends H2Backend {

  HelloAwareH2Backend(String fileName) {
    super(fileName);
  }

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
