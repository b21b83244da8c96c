package vn.dienbien.report;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.BsonString;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Records the store commands sent while a test asks for it, as {@code thread command collection}. A
 * plain configuration on the test class path, so component scanning puts it in every report-service
 * test context: a test that counts commands shares the one cached context. A second context would
 * join the shared broker's consumer group, take half of its partitions and consume other test
 * classes' events into its own database.
 */
@Configuration(proxyBeanMethods = false)
public class StoreCommands {

  private static final List<String> RECORDED = new CopyOnWriteArrayList<>();
  private static volatile boolean recording;

  /** Forgets what was recorded and records from now on. */
  public static void start() {
    RECORDED.clear();
    recording = true;
  }

  /** Stops recording and returns the commands sent since {@link #start()}, in order. */
  public static List<String> stop() {
    recording = false;
    return List.copyOf(RECORDED);
  }

  @Bean
  MongoClientSettingsBuilderCustomizer recordStoreCommands() {
    CommandListener listener =
        new CommandListener() {
          @Override
          public void commandStarted(CommandStartedEvent event) {
            if (recording) {
              Object target = event.getCommand().get(event.getCommandName());
              RECORDED.add(
                  Thread.currentThread().getName()
                      + " "
                      + event.getCommandName()
                      + " "
                      + (target instanceof BsonString s ? s.getValue() : ""));
            }
          }
        };
    return settings -> settings.addCommandListener(listener);
  }
}
