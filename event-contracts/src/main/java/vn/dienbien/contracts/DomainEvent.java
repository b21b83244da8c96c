package vn.dienbien.contracts;

/**
 * The payload of an event published by one of the services. The record's components are the
 * CloudEvents {@code data}; the wire contract is {@link #type()} plus the JSON Schema named in
 * {@link EventCatalog}, never the Java class name.
 */
public interface DomainEvent {

  /** CloudEvents {@code type}, {@code vn.dienbien.<service>.<event>.v<major>}. */
  String type();

  /** CloudEvents {@code subject}: the id of the aggregate the event is about. */
  String subject();

  /** Code of the unit the event concerns; the Kafka record key. */
  String unitId();
}
