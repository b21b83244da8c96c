package vn.dienbien.modelregistry.recognition;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelLifecycle;
import vn.dienbien.modelregistry.model.ModelRegistry;
import vn.dienbien.modelregistry.model.Models;
import vn.dienbien.modelregistry.model.ReEvaluation;
import vn.dienbien.modelregistry.model.Recognition;
import vn.dienbien.platform.refusal.Refusal;

/** Yearly re-evaluation after recognition: sustained, or lapsed with the recognition revoked. */
@Service
public class ReEvaluations {

  private final Models models;
  private final ModelRegistry registry;
  private final ReEvaluationSchedule schedule;
  private final ReEvaluationPolicy policy;
  private final Jurisdiction jurisdiction;
  private final MeterRegistry meters;

  ReEvaluations(
      Models models,
      ModelRegistry registry,
      ReEvaluationSchedule schedule,
      ReEvaluationPolicy policy,
      Jurisdiction jurisdiction,
      MeterRegistry meters) {
    this.jurisdiction = jurisdiction;
    this.models = models;
    this.registry = registry;
    this.schedule = schedule;
    this.policy = policy;
    this.meters = meters;
  }

  public Recognition reEvaluate(String recognitionId, ReEvaluation review, String actorId) {
    if (review.outcome() == ReEvaluation.Outcome.LAPSED
        && (review.reason() == null || review.reason().isBlank())) {
      throw Refusal.invalidField("reason", "phải nêu lý do khi mô hình không còn hiệu quả");
    }
    Model model =
        models
            .find(Recognition.modelIdOf(recognitionId))
            .orElseThrow(() -> Refusal.notFound("quyết định công nhận", recognitionId));
    model.recognition(recognitionId).ifPresent(r -> jurisdiction.require(model, r.level()));
    LocalDate previousDue =
        model.recognition(recognitionId).map(Recognition::nextReEvaluationDue).orElse(null);
    LocalDate nextDue = policy.nextAfter(review.year());
    ModelLifecycle.Change change = registry.change(actorId);
    var events =
        Recognising.reEvaluate(
            model, recognitionId, review.recordedAt(change.at()), nextDue, change);
    boolean sustained = review.outcome() == ReEvaluation.Outcome.SUSTAINED;
    if (sustained) {
      schedule.plan(model.id(), recognitionId, nextDue);
    }
    models.update(model, events);
    if (previousDue != null && !previousDue.equals(nextDue)) {
      schedule.cancel(recognitionId, previousDue);
    }
    count(review);
    return model.recognition(recognitionId).orElseThrow();
  }

  private void count(ReEvaluation review) {
    meters.counter("models.re_evaluated", "outcome", review.outcome().name()).increment();
    if (review.outcome() != ReEvaluation.Outcome.SUSTAINED) {
      meters.counter("recognitions.revoked").increment();
    }
  }
}
