package vn.dienbien.modelregistry.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dienbien.modelregistry.evaluation.Evaluations;
import vn.dienbien.modelregistry.evaluation.ScoreEntry;
import vn.dienbien.modelregistry.model.Decision;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelRegistry;
import vn.dienbien.modelregistry.model.Models;
import vn.dienbien.modelregistry.model.ReEvaluation;
import vn.dienbien.modelregistry.model.Recognition;
import vn.dienbien.modelregistry.model.Registration;
import vn.dienbien.modelregistry.recognition.ReEvaluations;
import vn.dienbien.modelregistry.recognition.RecognitionDecisions;
import vn.dienbien.modelregistry.unit.UnitDirectory;
import vn.dienbien.platform.lock.Leases;

/**
 * Walks the sample models through the real lifecycle (so their events reach the topic), once the
 * units they belong to have arrived from directive-service. Every step first checks whether it is
 * already done, so restarts and concurrent instances duplicate nothing. {@link DemoSeedSchedule}
 * runs it when the demo is switched on.
 */
@Component
class DemoSeeder {

  private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
  private static final String ACTOR = "demo-seed";

  private final ModelRegistry registry;
  private final Models models;
  private final Evaluations evaluations;
  private final RecognitionDecisions decisions;
  private final ReEvaluations reEvaluations;
  private final UnitDirectory units;
  private final AtomicBoolean done = new AtomicBoolean();

  DemoSeeder(
      ModelRegistry registry,
      Models models,
      Evaluations evaluations,
      RecognitionDecisions decisions,
      ReEvaluations reEvaluations,
      UnitDirectory units) {
    this.registry = registry;
    this.models = models;
    this.evaluations = evaluations;
    this.decisions = decisions;
    this.reEvaluations = reEvaluations;
    this.units = units;
  }

  boolean isDone() {
    return done.get();
  }

  @SchedulerLock(name = "model-registry.demo-seed", lockAtMostFor = Leases.AT_MOST)
  void seed() {
    if (done.get()) {
      return;
    }
    var samples = DemoModels.all();
    if (samples.stream().anyMatch(s -> units.find(s.model().unitId()).isEmpty())) {
      log.info(
          "Demo models wait for the units directory (unit-changed events from directive-service)");
      return;
    }
    samples.forEach(s -> registry.create(s.id(), s.model(), ACTOR));
    walkMuongNhe();
    walkDienBienPhu();
    evaluate("MAU-DH-03", 2026, Level.COMMUNE, 26);
    evaluate("MAU-MH-04", 2026, Level.COMMUNE, 12);
    if (pending("MAU-MH-04", 2026, Level.COMMUNE, Registration.Outcome.EVALUATED)) {
      decisions.reject(
          "MAU-MH-04",
          Level.COMMUNE,
          2026,
          List.of("Chưa có kết quả đo đếm được qua một năm"),
          ACTOR);
    }
    done.set(true);
    log.info("Demo models are in place");
  }

  private void walkMuongNhe() {
    String id = "MAU-MH-01";
    evaluate(id, 2025, Level.COMMUNE, 27);
    recognise(
        id,
        Level.COMMUNE,
        2025,
        new Decision("215-QĐ/UBND", LocalDate.of(2025, 12, 18), "Chủ tịch UBND xã Mường Nhé"));
    if (models.require(id).registration(2026, Level.PROVINCE).isEmpty()) {
      registry.register(id, 2026, Level.PROVINCE, ACTOR);
    }
    evaluate(id, 2026, Level.PROVINCE, 28);
    recognise(
        id,
        Level.PROVINCE,
        2026,
        new Decision(
            "1520-QĐ/TU", LocalDate.of(2026, 11, 16), "Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"));
    reEvaluate(
        Recognition.idOf(id, Level.COMMUNE, 2025), 2026, ReEvaluation.Outcome.SUSTAINED, null);
  }

  private void walkDienBienPhu() {
    String id = "MAU-MH-02";
    evaluate(id, 2025, Level.COMMUNE, 25);
    recognise(
        id,
        Level.COMMUNE,
        2025,
        new Decision(
            "98-QĐ/UBND", LocalDate.of(2025, 12, 20), "Chủ tịch UBND phường Điện Biên Phủ"));
    reEvaluate(
        Recognition.idOf(id, Level.COMMUNE, 2025),
        2026,
        ReEvaluation.Outcome.LAPSED,
        "Dự án tạm dừng, tổ công tác không còn duy trì đối thoại định kỳ");
  }

  private void evaluate(String id, int year, Level level, double practicalResults) {
    if (pending(id, year, level, Registration.Outcome.PENDING)) {
      var scores =
          List.of(
              new ScoreEntry("PRACTICAL_RESULTS", practicalResults),
              new ScoreEntry("PEOPLE_CONSENSUS", 18.0),
              new ScoreEntry("DAN_VAN_KHEO_QUALITY", 13.0),
              new ScoreEntry("NEW_DIFFICULT_PROBLEM", 8.0),
              new ScoreEntry("CREATIVITY", 8.0),
              new ScoreEntry("SUSTAINABILITY", 9.0),
              new ScoreEntry("REPLICABILITY", 4.0));
      evaluations.evaluate(
          new Evaluations.Submission(
              id,
              year,
              level,
              scores,
              "Đoàn khảo sát Ban Tuyên giáo và Dân vận Tỉnh ủy (mẫu)",
              "Dữ liệu mẫu minh họa"),
          ACTOR);
    }
  }

  private void recognise(String id, Level level, int year, Decision decision) {
    if (pending(id, year, level, Registration.Outcome.EVALUATED)) {
      decisions.recognise(id, level, year, decision, ACTOR);
    }
  }

  private void reEvaluate(
      String recognitionId, int year, ReEvaluation.Outcome outcome, String reason) {
    Model model = models.require(Recognition.modelIdOf(recognitionId));
    boolean open =
        model
            .recognition(recognitionId)
            .filter(r -> !r.revoked() && r.lastJudgedYear() < year)
            .isPresent();
    if (open) {
      reEvaluations.reEvaluate(
          recognitionId,
          new ReEvaluation(
              year,
              outcome,
              reason,
              "Dữ liệu mẫu minh họa",
              "Ban Chỉ đạo phong trào (mẫu)",
              null,
              List.of(),
              List.of()),
          ACTOR);
    }
  }

  private boolean pending(String id, int year, Level level, Registration.Outcome outcome) {
    return models
        .require(id)
        .registration(year, level)
        .filter(r -> r.outcome() == outcome)
        .isPresent();
  }
}
