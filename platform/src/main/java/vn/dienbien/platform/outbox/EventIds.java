package vn.dienbien.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import vn.dienbien.contracts.DomainEvent;

/** Chooses the CloudEvents id of an event written through the {@link Outbox}. */
final class EventIds {

  private EventIds() {}

  /**
   * A stable name-based id for an {@link IdentifiedEvent}, so a retried write (issuing a directive
   * again, a sweep that restarts) produces the same id and consumers dedupe it; a random one
   * otherwise.
   */
  static UUID idFor(DomainEvent event) {
    if (event instanceof IdentifiedEvent identified) {
      String name = identified.type() + "|" + identified.identity();
      return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
    return UUID.randomUUID();
  }

  static DomainEvent payloadOf(DomainEvent event) {
    return event instanceof IdentifiedEvent identified ? identified.payload() : event;
  }
}
