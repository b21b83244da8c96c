package vn.dienbien.embeddedmongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 MVStore file backend of mongo-java-server (the local stack), answering {@code hello}
 * ({@link HelloHandshake}). Needs {@code mongo-java-server-h2-backend} on the classpath.
 */
public class HelloAwareH2Backend extends H2Backend {

  public HelloAwareH2Backend(String fileName) {
    super(fileName);
  }

  @Override
  public Document handleCommand(
      Channel channel, String databaseName, String command, Document query) {
    return HelloHandshake.handle(
        command, name -> super.handleCommand(channel, databaseName, name, query));
  }
}
