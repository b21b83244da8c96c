package vn.dienbien.modelregistry.evaluation;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.dienbien.modelregistry.model.Evaluation;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelLifecycle;
import vn.dienbien.modelregistry.model.ModelRegistry;
import vn.dienbien.modelregistry.model.Models;
import vn.dienbien.modelregistry.recognition.Jurisdiction;

/** Records the survey and evaluation (khảo sát, đánh giá) of a registration. */
@Service
public class Evaluations {

  private final Models models;
  private final ModelRegistry registry;
  private final EvaluationCriteria criteria;
  private final Jurisdiction jurisdiction;
  private final MeterRegistry meters;

  Evaluations(
      Models models,
      ModelRegistry registry,
      EvaluationCriteria criteria,
      Jurisdiction jurisdiction,
      MeterRegistry meters) {
    this.jurisdiction = jurisdiction;
    this.models = models;
    this.registry = registry;
    this.criteria = criteria;
    this.meters = meters;
  }

  /** What an evaluator submits. */
  public record Submission(
      String modelId,
      int year,
      Level level,
      List<ScoreEntry> scores,
      String evaluator,
      String notes) {}

  public Evaluation evaluate(Submission submission, String actorId) {
    List<Evaluation.Score> scores = ScoreSheet.check(criteria, submission.scores());
    Model model = models.require(submission.modelId());
    jurisdiction.require(model, submission.level());
    ModelLifecycle.Change change = registry.change(actorId);
    double total = scores.stream().mapToDouble(Evaluation.Score::score).sum();
    Evaluation evaluation =
        new Evaluation(
            UUID.randomUUID().toString(),
            submission.year(),
            submission.level(),
            scores,
            total,
            criteria.maxTotal(),
            total >= criteria.recommendFrom(),
            submission.evaluator(),
            submission.notes(),
            change.at(),
            actorId);
    models.update(model, Evaluating.evaluate(model, evaluation));
    meters
        .counter(
            "models.evaluated",
            "level",
            submission.level().name(),
            "recommended",
            String.valueOf(evaluation.recommended()))
        .increment();
    return evaluation;
  }
}
