package vn.dienbien.modelregistry.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dienbien.modelregistry.evaluation.Evaluating;
import vn.dienbien.modelregistry.recognition.Recognising;
import vn.dienbien.modelregistry.unit.Unit;

/** Models in known states, for rule tests. */
public final class ModelFixture {

  public static final Unit MUONG_NHE =
      new Unit("XA-MUONG-NHE", "Xã Mường Nhé", "COMMUNE", "COMMUNE", null, true);

  private ModelFixture() {}

  public static ModelLifecycle.Change changeIn(int year) {
    return new ModelLifecycle.Change(Instant.parse(year + "-06-15T03:00:00Z"), year, "tester");
  }

  public static Profile oneStopShop() {
    return new Profile(
        "Mô hình \"Dân vận khéo\" tại Bộ phận một cửa",
        null,
        Field.POLITICAL_SYSTEM,
        TargetArea.ADMINISTRATIVE_PROCEDURES,
        List.of(),
        "Trả kết quả tại nhà",
        LocalDate.of(2025, 7, 1),
        List.of(),
        List.of(),
        null);
  }

  public static Model registered(int year) {
    Model model =
        ModelLifecycle.create("MH-1", Kind.MODEL, oneStopShop(), MUONG_NHE, false, changeIn(year));
    ModelLifecycle.register(model, year, Level.COMMUNE, changeIn(year));
    return model;
  }

  public static Model evaluated(int year, Level level, Model model) {
    Evaluating.evaluate(
        model,
        new Evaluation(
            "E-" + year + level,
            year,
            level,
            List.of(),
            80,
            100,
            true,
            "Đoàn khảo sát",
            null,
            changeIn(year).at(),
            null));
    return model;
  }

  public static Model recognisedCommune(int year) {
    Model model = evaluated(year, Level.COMMUNE, registered(year));
    Recognising.recognise(
        model, Level.COMMUNE, year, decision(year), LocalDate.of(year + 1, 11, 30), changeIn(year));
    return model;
  }

  public static Decision decision(int year) {
    return new Decision("12-QĐ/UBND", LocalDate.of(year, 12, 1), "Chủ tịch UBND xã");
  }

  public static ReEvaluation review(int year, ReEvaluation.Outcome outcome) {
    return new ReEvaluation(
        year,
        outcome,
        outcome == ReEvaluation.Outcome.LAPSED ? "Không duy trì" : null,
        null,
        "Ban Chỉ đạo",
        changeIn(year).at(),
        List.of(),
        List.of());
  }
}
