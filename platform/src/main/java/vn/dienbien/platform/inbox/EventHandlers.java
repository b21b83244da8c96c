package vn.dienbien.platform.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.dienbien.contracts.DomainEvent;

/** Which handler takes which event type on a binding. Types not listed are skipped. */
public final class EventHandlers {

  record Handler<T extends DomainEvent>(Class<T> type, Consumer<InboundEvent<T>> action) {}

  private final Map<String, Handler<?>> byType;

  private EventHandlers(Map<String, Handler<?>> byType) {
    this.byType = Map.copyOf(byType);
  }

  public static Builder builder() {
    return new Builder();
  }

  Optional<Handler<?>> forType(String type) {
    return Optional.ofNullable(byType.get(type));
  }

  public static final class Builder {
    private final Map<String, Handler<?>> byType = new LinkedHashMap<>();

    public <T extends DomainEvent> Builder on(Class<T> type, Consumer<InboundEvent<T>> action) {
      byType.put(typeOf(type), new Handler<>(type, action));
      return this;
    }

    public EventHandlers build() {
      return new EventHandlers(byType);
    }

    private static String typeOf(Class<? extends DomainEvent> type) {
      try {
        return (String) type.getField("TYPE").get(null);
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException(type + " has no TYPE constant", e);
      }
    }
  }
}
