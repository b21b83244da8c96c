package vn.dienbien.modelregistry.unit;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.platform.inbox.EventHandlers;
import vn.dienbien.platform.inbox.EventInbox;

/**
 * Keeps the units replica in step with directive-service (binding {@code directiveEvents-in-0}).
 */
@Configuration(proxyBeanMethods = false)
class UnitEventsConfiguration {

  static final String GROUP = "model-registry-service";

  @Bean
  Consumer<Message<byte[]>> directiveEvents(EventInbox inbox, UnitDirectory units) {
    return inbox.consumer(
        GROUP,
        EventHandlers.builder().on(UnitChanged.class, event -> units.apply(event.data())).build());
  }
}
