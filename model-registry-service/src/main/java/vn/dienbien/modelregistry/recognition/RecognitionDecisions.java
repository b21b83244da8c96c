package vn.dienbien.modelregistry.recognition;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dienbien.modelregistry.model.Decision;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelLifecycle;
import vn.dienbien.modelregistry.model.ModelRegistry;
import vn.dienbien.modelregistry.model.Models;
import vn.dienbien.modelregistry.model.Recognition;
import vn.dienbien.platform.refusal.Refusal;

/** Recognition decisions (quyết định công nhận), one at a time, and "not recognised". */
@Service
public class RecognitionDecisions {

  private final Models models;
  private final ModelRegistry registry;
  private final ReEvaluationSchedule schedule;
  private final ReEvaluationPolicy policy;
  private final Jurisdiction jurisdiction;
  private final MeterRegistry meters;

  RecognitionDecisions(
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

  public Recognition recognise(
      String modelId, Level level, int year, Decision decision, String actorId) {
    ModelLifecycle.Change change = registry.change(actorId);
    checkDecisionDate(decision, year, change);
    Model model = models.require(modelId);
    jurisdiction.require(model, level);
    LocalDate firstDue = policy.nextAfter(year);
    var events = Recognising.recognise(model, level, year, decision, firstDue, change);
    String recognitionId = Recognition.idOf(modelId, level, year);
    // The schedule entry is written first: if the model write then fails, the sweep finds no
    // matching recognition and, once the write cannot be under way any more, drops the entry; the
    // opposite order could lose the reminder.
    schedule.plan(modelId, recognitionId, firstDue);
    models.update(model, events);
    meters.counter("models.recognised", "level", level.name()).increment();
    return model.recognition(recognitionId).orElseThrow();
  }

  /** Checks a model could be recognised now, without writing anything (bulk decisions). */
  void check(String modelId, Level level, int year, Decision decision, String actorId) {
    ModelLifecycle.Change change = registry.change(actorId);
    checkDecisionDate(decision, year, change);
    Model model = models.require(modelId);
    jurisdiction.require(model, level);
    Recognising.recognise(model, level, year, decision, policy.nextAfter(year), change);
  }

  public Model reject(String modelId, Level level, int year, List<String> reasons, String actorId) {
    Model model = models.require(modelId);
    jurisdiction.require(model, level);
    models.update(model, Recognising.reject(model, level, year, reasons));
    meters.counter("models.not_recognised", "level", level.name()).increment();
    return model;
  }

  private static void checkDecisionDate(Decision decision, int year, ModelLifecycle.Change change) {
    LocalDate today = LocalDate.ofInstant(change.at(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    if (decision.date().isAfter(today)) {
      throw Refusal.invalidField("decisionDate", "ngày quyết định không được ở tương lai");
    }
    if (decision.date().getYear() < year) {
      throw Refusal.invalidField(
          "decisionDate", "quyết định công nhận năm " + year + " không thể ký trước năm " + year);
    }
  }
}
