package vn.dienbien.contracts.modelregistry;

import java.time.LocalDate;
import vn.dienbien.contracts.DomainEvent;

/**
 * A collective or an individual was commended for the "Dân vận khéo" movement (directive 11-CT/TU
 * item 11.6), with or without a model: the decision, its level and form. Commendations of a model
 * in a round of the calendar keep publishing commendation-awarded.
 *
 * <p>Wire contract: vn.dienbien.model-registry.commendation-recorded.v1, schema
 * schemas/model-registry/commendation-recorded.v1.json.
 */
public record CommendationRecorded(
    String commendationId,
    Level level,
    String form,
    String formLabel,
    RecipientKind recipientKind,
    String recipientName,
    String unitId,
    String unitName,
    String modelId,
    String roundId,
    String decisionNumber,
    LocalDate decisionDate,
    String signer,
    String actorId)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.model-registry.commendation-recorded.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return commendationId;
  }

  public enum Level {
    COMMUNE,
    PROVINCE
  }

  public enum RecipientKind {
    COLLECTIVE,
    INDIVIDUAL
  }
}
