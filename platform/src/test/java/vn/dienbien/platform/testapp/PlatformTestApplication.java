package vn.dienbien.platform.testapp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.platform.inbox.EventHandlers;
import vn.dienbien.platform.inbox.EventInbox;

/** A minimal service that uses the platform the way the real ones do. */
@SpringBootApplication
public class PlatformTestApplication {

  /** Unit changes the test consumer handled, by unit id, with how often each was handled. */
  public static final Map<String, AtomicInteger> HANDLED = new ConcurrentHashMap<>();

  @Bean
  Consumer<Message<byte[]>> unitEvents(EventInbox inbox) {
    return inbox.consumer(
        "platform-test",
        EventHandlers.builder()
            .on(
                UnitChanged.class,
                event -> {
                  if ("FAIL".equals(event.data().name())) {
                    throw new IllegalStateException("handler failure for " + event.data().unitId());
                  }
                  HANDLED
                      .computeIfAbsent(event.data().unitId(), k -> new AtomicInteger())
                      .incrementAndGet();
                })
            .build());
  }

  public static UnitChanged unit(String code, String name) {
    return new UnitChanged(
        code,
        name,
        "COMMUNE",
        UnitChanged.Level.COMMUNE,
        null,
        true,
        UnitChanged.Change.CREATED,
        null);
  }

  static List<String> handledUnits() {
    return List.copyOf(HANDLED.keySet());
  }
}
