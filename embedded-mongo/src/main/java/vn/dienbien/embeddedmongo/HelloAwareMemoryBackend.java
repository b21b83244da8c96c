package vn.dienbien.embeddedmongo;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The in-memory mongo-java-server backend (tests), answering {@code hello} ({@link
 * HelloHandshake}).
 */
public class HelloAwareMemoryBackend extends MemoryBackend {

  @Override
  public Document handleCommand(
      Channel channel, String databaseName, String command, Document query) {
    return HelloHandshake.handle(
        command, name -> super.handleCommand(channel, databaseName, name, query));
  }
}
