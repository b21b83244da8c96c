package vn.dienbien.modelregistry.commendation.web;

import java.time.Instant;
import vn.dienbien.modelregistry.commendation.MovementCommendation;
import vn.dienbien.modelregistry.model.Decision;

/** A commendation of a collective or an individual: codes for programs, labels for people. */
record CommendationView(
    String id,
    String recipientKind,
    String recipientKindLabel,
    String recipientName,
    String position,
    String unitId,
    String unitName,
    String level,
    String levelLabel,
    String form,
    String formLabel,
    Decision decision,
    String achievement,
    String modelId,
    String modelName,
    String roundId,
    Instant recordedAt) {

  static CommendationView of(MovementCommendation c) {
    var r = c.recipient();
    return new CommendationView(
        c.id(),
        r.kind().name(),
        r.kind().label(),
        r.name(),
        r.position(),
        r.unitId(),
        r.unitName(),
        c.level().name(),
        c.level().label(),
        c.form().name(),
        c.form().label(),
        c.decision(),
        c.achievement(),
        c.modelId(),
        c.modelName(),
        c.roundId(),
        c.recordedAt());
  }
}
