package vn.dienbien.modelregistry.recognition;

import static vn.dienbien.platform.refusal.Refusal.conflict;
import static vn.dienbien.platform.refusal.Refusal.invalidField;

import java.time.LocalDate;
import java.util.List;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.modelregistry.model.Decision;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelLifecycle;
import vn.dienbien.modelregistry.model.ReEvaluation;
import vn.dienbien.modelregistry.model.Recognition;
import vn.dienbien.modelregistry.model.Registration;

/**
 * The rules of recognition (công nhận) and of the yearly re-evaluation after it, pure: they decide
 * from the model's public state and let the model record the outcome and its events.
 */
public final class Recognising {

  private Recognising() {}

  /** Recognition of an evaluated registration; exactly once per model, level and year. */
  public static List<DomainEvent> recognise(
      Model model,
      Level level,
      int year,
      Decision decision,
      LocalDate firstDue,
      ModelLifecycle.Change change) {
    Registration registration = model.requireRegistration(year, level);
    String id = Recognition.idOf(model.id(), level, year);
    if (model.recognition(id).isPresent()) {
      throw conflict(
          "already-recognised", "Mô hình đã được công nhận " + level.label() + " năm " + year);
    }
    requireUndecidedAndEvaluated(registration);
    Recognition recognition =
        new Recognition(
            id,
            level,
            year,
            decision,
            Recognition.Status.ACTIVE,
            List.of(),
            firstDue,
            null,
            null,
            null,
            change.at());
    return ModelLifecycle.recordRecognition(model, recognition, change);
  }

  /** "Not recognised" with the council's reasons, for an evaluated, undecided registration. */
  public static List<DomainEvent> reject(Model model, Level level, int year, List<String> reasons) {
    requireUndecidedAndEvaluated(model.requireRegistration(year, level));
    return ModelLifecycle.recordRejection(model, level, year, reasons);
  }

  /** A yearly re-evaluation of a live recognition, for a year past and not yet judged. */
  public static List<DomainEvent> reEvaluate(
      Model model,
      String recognitionId,
      ReEvaluation review,
      LocalDate nextDue,
      ModelLifecycle.Change change) {
    Recognition recognition = requireLive(model, recognitionId);
    if (review.year() > change.currentYear()) {
      throw invalidField("year", "không được đánh giá lại cho năm chưa đến");
    }
    if (review.year() <= recognition.lastJudgedYear()) {
      throw conflict(
          "already-re-evaluated",
          "Đã có kết quả cho năm "
              + review.year()
              + " (công nhận năm "
              + recognition.year()
              + ", đánh giá lại gần nhất năm "
              + recognition.lastJudgedYear()
              + ")");
    }
    return ModelLifecycle.recordReEvaluation(model, recognition, review, nextDue, change);
  }

  private static Recognition requireLive(Model model, String recognitionId) {
    Recognition recognition =
        model
            .recognition(recognitionId)
            .orElseThrow(() ->
                conflict(
                    "not-recognised",
                    "Mô hình chưa được công nhận nên chưa thể đánh giá lại ("
                        + recognitionId
                        + ")"));
    if (recognition.revoked()) {
      throw conflict("recognition-revoked", "Công nhận đã bị thu hồi; không thể đánh giá lại");
    }
    return recognition;
  }

  private static void requireUndecidedAndEvaluated(Registration registration) {
    if (registration.decided()) {
      throw conflict(
          "already-decided",
          "Đăng ký "
              + registration.level().label()
              + " năm "
              + registration.year()
              + " đã có kết quả xét công nhận");
    }
    if (registration.outcome() != Registration.Outcome.EVALUATED) {
      throw conflict(
          "not-evaluated",
          "Mô hình chưa được khảo sát, đánh giá "
              + registration.level().label()
              + " năm "
              + registration.year());
    }
  }
}
