package vn.dienbien.notification.rule;

import java.time.OffsetDateTime;
import java.util.Map;
import vn.dienbien.notification.message.MessageKind;

/**
 * Something that happened and may concern officials, read from an event: the facts the rules test
 * and the templates show.
 *
 * @param eventId CloudEvents id of the source event: with the official and channel it identifies a
 *     delivery
 * @param time when it happened (CloudEvents {@code time}), the start of the hand-off latency
 * @param obligationId the reporting obligation a reminder is about, so a submitted report can
 *     cancel it
 * @param facts template variables and rule inputs, e.g. {@code directiveNumber}, {@code
 *     escalationStep}
 */
public record Occurrence(
    String eventId,
    String eventType,
    MessageKind kind,
    OffsetDateTime time,
    String unitId,
    String unitName,
    String obligationId,
    Map<String, Object> facts) {

  public Occurrence {
    facts = Map.copyOf(facts);
  }

  public Object fact(String name) {
    return facts.get(name);
  }
}
