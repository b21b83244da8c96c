package vn.dienbien.contracts.modelregistry;

import java.time.OffsetDateTime;
import vn.dienbien.contracts.DomainEvent;

/**
 * A recognition was revoked after re-evaluation found the model lapsed.
 *
 * <p>Wire contract: vn.dienbien.model-registry.recognition-revoked.v1, schema
 * schemas/model-registry/recognition-revoked.v1.json.
 */
public record RecognitionRevoked(
    String recognitionId,
    String modelId,
    String name,
    String unitId,
    String unitName,
    Level level,
    int year,
    String reason,
    OffsetDateTime revokedAt,
    String actorId)
    implements DomainEvent {

  public static final String TYPE = "vn.dienbien.model-registry.recognition-revoked.v1";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String subject() {
    return modelId;
  }

  public enum Level {
    COMMUNE,
    PROVINCE
  }
}
