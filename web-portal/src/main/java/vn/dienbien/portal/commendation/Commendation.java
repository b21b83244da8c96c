package vn.dienbien.portal.commendation;

import java.time.LocalDate;

/**
 * A commendation of a collective or an individual as model-registry shows it ({@code GET
 * /api/v1/commendations}), with the service's own Vietnamese labels.
 */
public record Commendation(
    String id,
    String recipientKindLabel,
    String recipientName,
    String position,
    String unitId,
    String unitName,
    String levelLabel,
    String formLabel,
    Decision decision,
    String achievement,
    String modelId,
    String modelName,
    String roundId) {

  /** The signed decision: number, date, signer. */
  public record Decision(String number, LocalDate date, String signer) {}
}
