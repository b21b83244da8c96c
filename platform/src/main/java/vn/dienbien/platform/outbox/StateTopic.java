package vn.dienbien.platform.outbox;

import java.util.function.Function;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.contracts.EventCatalog;
import vn.dienbien.contracts.EventDefinition;
import vn.dienbien.contracts.topics.TopicCatalog;
import vn.dienbien.contracts.topics.TopicSpec;

/**
 * Declares that the current state of aggregate type {@code T} is published to a compacted topic: a
 * service registers one as a bean, and every {@link Outbox} write to {@code T}'s collection (save,
 * insert, guarded update) then also carries a state record, keyed by the aggregate id, in the same
 * single-document write as the change. The relay renders it from the document as stored when it
 * publishes, so the record is the aggregate's state, whichever fields the update touched.
 *
 * @param type the aggregate's class (its collection is the one written)
 * @param eventType the CloudEvents type of the state record; its catalog topic must be a state
 *     topic
 * @param snapshot the state record of an aggregate; its subject must be the aggregate id
 */
public record StateTopic<T>(
    Class<T> type, String eventType, Function<? super T, ? extends DomainEvent> snapshot) {

  public StateTopic {
    EventDefinition definition =
        EventCatalog.byType(eventType)
            .orElseThrow(() -> new IllegalArgumentException("Unknown event type " + eventType));
    boolean stateTopic =
        TopicCatalog.STATE.stream().map(TopicSpec::name).anyMatch(definition.topic()::equals);
    if (!stateTopic) {
      throw new IllegalArgumentException(
          eventType + " goes to " + definition.topic() + ", which is not a current-state topic");
    }
  }

  public static <T> StateTopic<T> of(
      Class<T> type, String eventType, Function<? super T, ? extends DomainEvent> snapshot) {
    return new StateTopic<>(type, eventType, snapshot);
  }

  String topic() {
    return EventCatalog.byType(eventType).orElseThrow().topic();
  }
}
