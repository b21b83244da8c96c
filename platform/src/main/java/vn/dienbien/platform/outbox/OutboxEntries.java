package vn.dienbien.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import vn.dienbien.contracts.CloudEventCodec;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.contracts.EventCatalog;

/**
 * The outbox entries of one write: the events' CloudEvents, each with its deterministic id and its
 * topic, then the current state's entry when the collection publishes one.
 */
final class OutboxEntries {

  private final Clock clock;
  private final CurrentStates states;

  OutboxEntries(Clock clock, CurrentStates states) {
    this.clock = clock;
    this.states = states;
  }

  List<OutboxEntry> of(List<? extends DomainEvent> events, String collection, Object documentId) {
    Instant now = clock.instant();
    OffsetDateTime time = OffsetDateTime.ofInstant(now, clock.getZone());
    Stream<OutboxEntry> changes =
        events.stream()
            .map(event -> {
              UUID id = EventIds.idFor(event);
              DomainEvent payload = EventIds.payloadOf(event);
              String topic = EventCatalog.of(payload).topic();
              String value =
                  new String(CloudEventCodec.encode(payload, id, time), StandardCharsets.UTF_8);
              return new OutboxEntry(
                  id.toString(), event.type(), topic, event.unitId(), value, now);
            });
    return Stream.concat(changes, states.entryFor(collection, documentId).stream()).toList();
  }
}
