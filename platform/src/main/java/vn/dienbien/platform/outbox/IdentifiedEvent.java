package vn.dienbien.platform.outbox;

import vn.dienbien.contracts.DomainEvent;

/**
 * An event with a natural identity (e.g. {@code obligation 42, overdue step 7}). Its CloudEvents id
 * is derived from that identity, so writing it twice yields one id, which consumers dedupe.
 */
public record IdentifiedEvent(DomainEvent payload, String identity) implements DomainEvent {

  public static IdentifiedEvent of(DomainEvent payload, String identity) {
    return new IdentifiedEvent(payload, identity);
  }

  @Override
  public String type() {
    return payload.type();
  }

  @Override
  public String subject() {
    return payload.subject();
  }

  @Override
  public String unitId() {
    return payload.unitId();
  }
}
