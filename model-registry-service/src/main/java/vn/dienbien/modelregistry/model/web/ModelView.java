package vn.dienbien.modelregistry.model.web;

import java.time.Instant;
import java.util.List;
import vn.dienbien.modelregistry.model.Commendation;
import vn.dienbien.modelregistry.model.Evaluation;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.Profile;
import vn.dienbien.modelregistry.model.Recognition;
import vn.dienbien.modelregistry.model.Registration;

/** A model or exemplar as the API shows it: codes for programs, labels for people. */
record ModelView(
    String id,
    String kind,
    String kindLabel,
    String name,
    String exemplarType,
    String unitId,
    String unitName,
    String field,
    String fieldLabel,
    String targetArea,
    String targetAreaLabel,
    List<String> targetAreas,
    List<String> targetAreaLabels,
    String description,
    java.time.LocalDate startDate,
    List<Profile.Result> results,
    List<Profile.Evidence> evidence,
    String directiveTaskId,
    boolean sample,
    String status,
    String statusLabel,
    List<Registration> registrations,
    List<Evaluation> evaluations,
    List<Recognition> recognitions,
    List<Commendation> commendations,
    long version,
    Instant createdAt) {

  static ModelView of(Model m) {
    return of(m, m.profile());
  }

  private static ModelView of(Model m, Profile p) {
    return new ModelView(
        m.id(),
        m.kind().name(),
        m.kind().label(),
        p.name(),
        p.exemplarType() == null ? null : p.exemplarType().name(),
        m.unitId(),
        m.unitName(),
        p.field().name(),
        p.field().label(),
        p.targetArea() == null ? null : p.targetArea().name(),
        p.targetArea() == null ? null : p.targetArea().label(),
        p.targetAreas().stream().map(Enum::name).toList(),
        p.targetAreaLabels(),
        p.description(),
        p.startDate(),
        p.results(),
        p.evidence(),
        p.directiveTaskId(),
        m.sample(),
        m.status().name(),
        m.status().label(),
        m.registrations(),
        m.evaluations(),
        m.recognitions(),
        m.commendations(),
        m.version(),
        m.createdAt());
  }
}
