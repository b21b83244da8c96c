package vn.dienbien.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The AsyncAPI document must describe exactly the event types in the catalog. */
class AsyncApiDocumentTests {

  @SuppressWarnings("unchecked")
  @Test
  void documentsEveryEventTypeOnItsTopicWithItsSchema() throws Exception {
    Map<String, Object> doc;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("asyncapi.yaml")) {
      doc = new Yaml().load(in);
    }
    assertThat(doc.get("asyncapi")).isEqualTo("3.0.0");
    var channels = (Map<String, Map<String, Object>>) doc.get("channels");
    var messages =
        (Map<String, Map<String, Object>>)
            ((Map<String, Object>) doc.get("components")).get("messages");

    assertThat(channels.keySet())
        .containsExactlyInAnyOrder(
            Topics.DIRECTIVE_EVENTS,
            Topics.REPORT_EVENTS,
            Topics.MODEL_REGISTRY_EVENTS,
            Topics.NOTIFICATION_EVENTS,
            Topics.OBLIGATION_STATE,
            Topics.ASSIGNMENT_STATE,
            Topics.MODEL_STATE);
    assertThat(messages.values().stream().map(m -> m.get("name")))
        .containsExactlyInAnyOrderElementsOf(
            EventCatalog.ALL.stream().map(EventDefinition::type).toList());

    for (EventDefinition definition : EventCatalog.ALL) {
      String name = definition.payload().getSimpleName();
      var channelMessages = (Map<String, Object>) channels.get(definition.topic()).get("messages");
      assertThat(channelMessages).as("%s on %s", name, definition.topic()).containsKey(name);
      var payload = (Map<String, Object>) messages.get(name).get("payload");
      var parts = (List<Map<String, Object>>) payload.get("allOf");
      var data =
          (Map<String, Object>) ((Map<String, Object>) parts.get(1).get("properties")).get("data");
      String ref = ((String) data.get("$ref")).replaceFirst("^\\./", "");
      assertThat(ref).isEqualTo(definition.schemaResource());
      assertThat(getClass().getClassLoader().getResource(ref)).as(ref).isNotNull();
    }
  }
}
