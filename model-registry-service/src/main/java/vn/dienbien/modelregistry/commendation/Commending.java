package vn.dienbien.modelregistry.commendation;

import static vn.dienbien.platform.refusal.Refusal.conflict;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.modelregistry.model.Commendation;
import vn.dienbien.modelregistry.model.Decision;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelLifecycle;
import vn.dienbien.modelregistry.model.Recognition;

/**
 * Who may be commended in a round: a model recognised at the round's level in one of the years the
 * round covers, whose recognition has not lapsed, and not already commended in that round. Decides
 * from the model's public state; the model records the commendation and its event.
 */
public final class Commending {

  private Commending() {}

  /** The round as the rule needs it: which level and which recognition years it rewards. */
  public record Round(String id, Level level, int fromYear, int toYear) {}

  /** The recognition that makes the model a candidate, if any (the latest qualifying one). */
  public static Optional<Recognition> qualifyingRecognition(Model model, Round round) {
    return model.recognitions().stream()
        .filter(r ->
            r.level() == round.level()
                && r.year() >= round.fromYear()
                && r.year() <= round.toYear())
        .filter(r -> !r.revoked())
        .max(Comparator.comparingInt(Recognition::year));
  }

  public static boolean commendedIn(Model model, String roundId) {
    return model.commendations().stream().anyMatch(c -> c.roundId().equals(roundId));
  }

  public static List<DomainEvent> commend(
      Model model, Round round, Decision decision, ModelLifecycle.Change change) {
    if (commendedIn(model, round.id())) {
      throw conflict(
          "already-commended", "Mô hình đã được biểu dương, khen thưởng trong đợt " + round.id());
    }
    if (qualifyingRecognition(model, round).isEmpty()) {
      boolean lapsed =
          model.recognitions().stream().anyMatch(r -> r.level() == round.level() && r.revoked());
      throw lapsed
          ? conflict(
              "lapsed",
              "Mô hình đã bị thu hồi công nhận "
                  + round.level().label()
                  + "; không thể khen thưởng")
          : conflict(
              "not-a-candidate",
              "Mô hình chưa được công nhận "
                  + round.level().label()
                  + " trong các năm "
                  + round.fromYear()
                  + "–"
                  + round.toYear()
                  + " nên không thuộc danh sách xét khen thưởng");
    }
    Commendation commendation =
        new Commendation(
            round.id() + "~" + model.id(), round.id(), round.level(), decision, change.at());
    return ModelLifecycle.recordCommendation(model, commendation, change);
  }
}
