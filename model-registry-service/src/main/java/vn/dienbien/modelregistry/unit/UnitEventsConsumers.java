package vn.dienbien.modelregistry.unit;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.platform.inbox.EventHandlers;
import vn.dienbien.platform.inbox.EventInbox;

/**
 * Keeps the units replica in step with directive-service (binding {@code directiveEvents-in-0}),
 * turning each unit-changed event into the replica's own {@link Unit}.
 */
@Configuration(proxyBeanMethods = false)
class UnitEventsConsumers {

  static final String GROUP = "model-registry-service";

  @Bean
  Consumer<Message<byte[]>> directiveEvents(EventInbox inbox, UnitDirectory units) {
    return inbox.consumer(
        GROUP,
        EventHandlers.builder()
            .on(UnitChanged.class, event -> units.apply(unit(event.data())))
            .build());
  }

  static Unit unit(UnitChanged change) {
    boolean active = change.active() && change.change() != UnitChanged.Change.DEACTIVATED;
    String level = change.level() == null ? null : change.level().name();
    return new Unit(
        change.unitId(), change.name(), level, change.kind(), change.parentId(), active);
  }
}
