package vn.dienbien.modelregistry.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dienbien.modelregistry.model.Evaluation;
import vn.dienbien.platform.refusal.Refusal;

/**
 * Checks a set of scores against the criteria: every criterion scored once, each inside its range.
 * All offending fields are reported together, so the evaluator fixes the form in one pass.
 */
final class ScoreSheet {

  private ScoreSheet() {}

  static List<Evaluation.Score> check(EvaluationCriteria criteria, List<ScoreEntry> entries) {
    Map<String, EvaluationCriteria.Criterion> byId =
        criteria.criteria().stream()
            .collect(Collectors.toMap(EvaluationCriteria.Criterion::id, Function.identity()));
    List<Refusal.FieldError> errors = new ArrayList<>();
    List<Evaluation.Score> scores = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      ScoreEntry entry = entries.get(i);
      Refusal.FieldError error = check(i, entry, byId.get(entry.criterionId()), seen);
      if (error != null) {
        errors.add(error);
      } else {
        EvaluationCriteria.Criterion criterion = byId.get(entry.criterionId());
        scores.add(
            new Evaluation.Score(
                criterion.id(), criterion.name(), entry.score(), criterion.min(), criterion.max()));
      }
    }
    byId.keySet().stream()
        .filter(id -> !seen.contains(id))
        .sorted()
        .forEach(id -> errors.add(new Refusal.FieldError("scores", "thiếu điểm tiêu chí " + id)));
    if (!errors.isEmpty()) {
      throw Refusal.invalidFields(errors);
    }
    return scores;
  }

  /** What is wrong with line {@code i}, or null if it scores {@code criterion} in range. */
  private static Refusal.FieldError check(
      int i, ScoreEntry entry, EvaluationCriteria.Criterion criterion, Set<String> seen) {
    if (criterion == null) {
      return new Refusal.FieldError(
          "scores[" + i + "].criterionId", "tiêu chí không tồn tại: " + entry.criterionId());
    }
    if (!seen.add(criterion.id())) {
      return new Refusal.FieldError(
          "scores[" + i + "].criterionId", "tiêu chí được chấm hai lần: " + criterion.id());
    }
    if (entry.score() == null
        || entry.score() < criterion.min()
        || entry.score() > criterion.max()) {
      return new Refusal.FieldError(
          "scores[" + i + "].score",
          "điểm phải từ "
              + fmt(criterion.min())
              + " đến "
              + fmt(criterion.max())
              + " ("
              + criterion.name()
              + ")");
    }
    return null;
  }

  private static String fmt(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
