package vn.dienbien.modelregistry.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dienbien.platform.refusal.Refusal;

class ScoreSheetTests {

  private static final EvaluationCriteria CRITERIA =
      new EvaluationCriteria(
          List.of(
              new EvaluationCriteria.Criterion("A", "Hiệu quả", 0, 30, null),
              new EvaluationCriteria.Criterion("B", "Đồng thuận", 0, 20, null)),
          35,
          null);

  @Test
  void acceptsEveryCriterionScoredInRange() {
    var scores =
        ScoreSheet.check(CRITERIA, List.of(new ScoreEntry("A", 30.0), new ScoreEntry("B", 0.0)));
    assertThat(scores).extracting(s -> s.criterionId()).containsExactly("A", "B");
  }

  @Test
  void namesEachOffendingField() {
    assertThatThrownBy(() ->
            ScoreSheet.check(
                CRITERIA, List.of(new ScoreEntry("A", 31.0), new ScoreEntry("X", 1.0))))
        .isInstanceOfSatisfying(
            Refusal.class,
            p ->
                assertThat(p.errors())
                    .extracting(Refusal.FieldError::field)
                    .containsExactly("scores[0].score", "scores[1].criterionId", "scores"));
    assertThatThrownBy(() ->
            ScoreSheet.check(
                CRITERIA,
                List.of(
                    new ScoreEntry("A", 1.0), new ScoreEntry("A", 2.0), new ScoreEntry("B", -0.5))))
        .isInstanceOfSatisfying(
            Refusal.class,
            p ->
                assertThat(p.errors())
                    .extracting(Refusal.FieldError::field)
                    .containsExactly("scores[1].criterionId", "scores[2].score"));
  }
}
