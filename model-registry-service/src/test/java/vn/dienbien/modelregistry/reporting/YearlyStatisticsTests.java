package vn.dienbien.modelregistry.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienbien.modelregistry.model.ModelFixture.changeIn;
import static vn.dienbien.modelregistry.model.ModelFixture.recognisedCommune;
import static vn.dienbien.modelregistry.model.ModelFixture.registered;
import static vn.dienbien.modelregistry.model.ModelFixture.review;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dienbien.modelregistry.model.Field;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelLifecycle;
import vn.dienbien.modelregistry.model.ReEvaluation.Outcome;
import vn.dienbien.modelregistry.model.Recognition;
import vn.dienbien.modelregistry.recognition.Recognising;

class YearlyStatisticsTests {

  @Test
  void countsNewRecognisedSustainedAndLapsedPerYearAndField() {
    Model sustained = recognisedCommune(2025);
    Recognising.reEvaluate(
        sustained,
        Recognition.idOf("MH-1", Level.COMMUNE, 2025),
        review(2026, Outcome.SUSTAINED),
        null,
        changeIn(2026));
    Model lapsed = recognisedCommune(2025);
    Recognising.reEvaluate(
        lapsed,
        Recognition.idOf("MH-1", Level.COMMUNE, 2025),
        review(2026, Outcome.LAPSED),
        null,
        changeIn(2026));
    Model fresh = registered(2026);

    var rows = YearlyStatistics.of(List.of(sustained, lapsed, fresh), 2025, 2030);

    assertThat(rows)
        .containsExactly(
            new YearlyStatistics.Row(
                2025, Field.POLITICAL_SYSTEM, "xây dựng hệ thống chính trị", 2, 2, 0, 0, 0),
            new YearlyStatistics.Row(
                2026, Field.POLITICAL_SYSTEM, "xây dựng hệ thống chính trị", 1, 0, 0, 1, 1));
    assertThat(YearlyStatistics.of(List.of(sustained, fresh), 2026, 2026))
        .extracting(YearlyStatistics.Row::year)
        .containsOnly(2026);
  }

  @Test
  void aModelRegisteredAgainInALaterYearIsNewOnlyInItsFirstYear() {
    Model model = recognisedCommune(2025);
    ModelLifecycle.register(model, 2026, Level.PROVINCE, changeIn(2026));
    var rows = YearlyStatistics.of(List.of(model), 2025, 2030);
    assertThat(rows).extracting(YearlyStatistics.Row::registeredNew).containsExactly(1);
  }
}
