package vn.dienbien.modelregistry.commendation;

import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.contracts.modelregistry.CommendationRecorded;
import vn.dienbien.platform.outbox.IdentifiedEvent;

/**
 * The events commendation publishes on its own (a movement commendation, which may name a person
 * rather than a model): the service's types mapped to the contract's, with a natural identity.
 */
final class CommendationEvents {

  private CommendationEvents() {}

  static DomainEvent recorded(MovementCommendation c) {
    var event =
        new CommendationRecorded(
            c.id(),
            CommendationRecorded.Level.valueOf(c.level().name()),
            c.form().name(),
            c.form().label(),
            CommendationRecorded.RecipientKind.valueOf(c.recipient().kind().name()),
            c.recipient().name(),
            c.recipient().unitId(),
            c.recipient().unitName(),
            c.modelId(),
            c.roundId(),
            c.decision().number(),
            c.decision().date(),
            c.decision().signer(),
            c.recordedBy());
    return IdentifiedEvent.of(event, "movement-commendation:" + c.id());
  }
}
