package vn.dienbien.modelregistry.evaluation;

import static vn.dienbien.platform.refusal.Refusal.conflict;

import java.util.List;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.modelregistry.model.Evaluation;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelLifecycle;
import vn.dienbien.modelregistry.model.Registration;

/**
 * The rule of a survey and evaluation (khảo sát, đánh giá): only a pending registration is scored,
 * and only once. Decides from the model's public state; the model records the result.
 */
public final class Evaluating {

  private Evaluating() {}

  public static List<DomainEvent> evaluate(Model model, Evaluation evaluation) {
    Registration registration = model.requireRegistration(evaluation.year(), evaluation.level());
    if (registration.outcome() != Registration.Outcome.PENDING) {
      throw conflict(
          "already-evaluated",
          "Đăng ký "
              + evaluation.level().label()
              + " năm "
              + evaluation.year()
              + " đã được đánh giá hoặc đã có kết quả xét công nhận");
    }
    return ModelLifecycle.recordEvaluation(model, evaluation);
  }
}
