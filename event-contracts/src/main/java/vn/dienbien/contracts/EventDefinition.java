package vn.dienbien.contracts;

/** One event type: its CloudEvents type, payload record, topic and JSON Schema resource. */
public record EventDefinition(
    String type, Class<? extends DomainEvent> payload, String topic, String schemaResource) {

  /** The CloudEvents {@code dataschema} URI of this event type. */
  public String dataSchemaUri() {
    return "urn:vn:dienbien:schema:" + type;
  }

  /**
   * The publishing service, named by the type ({@code vn.dienbien.<service>.<event>.v<major>}),
   * e.g. {@code /directive-service}: a service publishes its history and its current-state topics.
   */
  public String source() {
    return "/" + type.split("\\.")[2] + "-service";
  }
}
