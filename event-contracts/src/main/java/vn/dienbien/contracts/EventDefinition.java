package vn.dienbien.contracts;

/** One event type: its CloudEvents type, payload record, topic and JSON Schema resource. */
public record EventDefinition(
    String type, Class<? extends DomainEvent> payload, String topic, String schemaResource) {

  /** The CloudEvents {@code dataschema} URI of this event type. */
  public String dataSchemaUri() {
    return "urn:vn:dienbien:schema:" + type;
  }

  /** The topic's publishing service, e.g. {@code /directive-service}. */
  public String source() {
    return "/" + topic.replace("-events", "-service");
  }
}
