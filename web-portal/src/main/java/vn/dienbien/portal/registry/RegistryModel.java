package vn.dienbien.portal.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A "Dân vận khéo" model or exemplar with its history, as model-registry shows it. */
public record RegistryModel(
    String id,
    String kind,
    String kindLabel,
    String name,
    String unitId,
    String unitName,
    String field,
    String fieldLabel,
    String targetAreaLabel,
    String description,
    LocalDate startDate,
    boolean sample,
    String status,
    String statusLabel,
    List<Registration> registrations,
    List<Evaluation> evaluations,
    List<Recognition> recognitions,
    List<Commendation> commendations,
    Instant createdAt) {

  public RegistryModel {
    registrations = registrations == null ? List.of() : registrations;
    evaluations = evaluations == null ? List.of() : evaluations;
    recognitions = recognitions == null ? List.of() : recognitions;
    commendations = commendations == null ? List.of() : commendations;
  }

  /** The path segment of its kind in the API ({@code models} or {@code exemplars}). */
  public String apiKind() {
    return "EXEMPLAR".equals(kind) ? "exemplars" : "models";
  }

  public record Registration(
      int year, String level, String outcome, List<String> reasons, Instant registeredAt) {}

  public record Evaluation(
      String id,
      int year,
      String level,
      List<Score> scores,
      double total,
      double maxTotal,
      boolean recommended,
      String evaluator,
      String notes,
      Instant evaluatedAt) {}

  public record Score(
      String criterionId, String criterionName, double score, double min, double max) {}

  public record Recognition(
      String id,
      String level,
      int year,
      Decision decision,
      String status,
      List<ReEvaluation> reEvaluations,
      LocalDate nextReEvaluationDue,
      String revocationReason) {

    public Recognition {
      reEvaluations = reEvaluations == null ? List.of() : reEvaluations;
    }

    public boolean revoked() {
      return "REVOKED".equals(status);
    }
  }

  public record Decision(String number, LocalDate date, String signer) {}

  public record ReEvaluation(
      int year,
      String outcome,
      String reason,
      String notes,
      String evaluator,
      Instant recordedAt) {}

  public record Commendation(
      String id, String roundId, String level, Decision decision, Instant awardedAt) {}

  /** The survey criteria in force and the range of each. */
  public record Criteria(List<Criterion> criteria, double recommendFrom) {}

  public record Criterion(String id, String name, double min, double max) {}

  /** A round of the commendation calendar. */
  public record Round(
      String id,
      String title,
      String level,
      String period,
      int recognitionFromYear,
      int recognitionToYear,
      LocalDate nominationOpens,
      LocalDate nominationCloses) {}

  /** A model that may be commended in a round. */
  public record Candidate(
      String modelId,
      String kind,
      String name,
      String unitName,
      String field,
      int recognitionYear,
      boolean commended) {}
}
