package vn.dienbien.modelregistry.commendation;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dienbien.modelregistry.model.Commendation;
import vn.dienbien.modelregistry.model.Decision;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelLifecycle;
import vn.dienbien.modelregistry.model.ModelRegistry;
import vn.dienbien.modelregistry.model.Models;
import vn.dienbien.modelregistry.model.Recognition;
import vn.dienbien.modelregistry.recognition.Jurisdiction;
import vn.dienbien.platform.refusal.Refusal;

/** Candidate lists and commendation decisions of the rounds in the calendar. */
@Service
public class Commendations {

  private final CommendationCalendar calendar;
  private final Models models;
  private final ModelRegistry registry;
  private final Jurisdiction jurisdiction;
  private final MeterRegistry meters;

  Commendations(
      CommendationCalendar calendar,
      Models models,
      ModelRegistry registry,
      Jurisdiction jurisdiction,
      MeterRegistry meters) {
    this.jurisdiction = jurisdiction;
    this.calendar = calendar;
    this.models = models;
    this.registry = registry;
    this.meters = meters;
  }

  /** A candidate: the model, the recognition that qualifies it, and whether it was commended. */
  public record Candidate(Model model, Recognition recognition, boolean commended) {}

  public CommendationRound round(String roundId) {
    return calendar.round(roundId).orElseThrow(() -> Refusal.notFound("đợt khen thưởng", roundId));
  }

  public List<Candidate> candidates(String roundId) {
    CommendationRound round = round(roundId);
    Query query =
        Query.query(
                where("recognitions")
                    .elemMatch(
                        where("level")
                            .is(round.level().name())
                            .and("year")
                            .gte(round.recognitionFromYear())
                            .lte(round.recognitionToYear())
                            .and("status")
                            .ne(Recognition.Status.REVOKED.name())))
            .with(Sort.by("unitId", "_id"));
    return models.find(query).stream()
        .flatMap(m ->
            Commending.qualifyingRecognition(m, round.rule()).stream()
                .map(r -> new Candidate(m, r, Commending.commendedIn(m, roundId))))
        .toList();
  }

  public Commendation commend(String roundId, String modelId, Decision decision, String actorId) {
    CommendationRound round = round(roundId);
    ModelLifecycle.Change change = registry.change(actorId);
    Model model = models.require(modelId);
    jurisdiction.require(model, round.level());
    // Lifecycle first (in memory): "not a candidate" is the answer that matters most to the caller.
    var events = Commending.commend(model, round.rule(), decision, change);
    LocalDate today = LocalDate.ofInstant(change.at(), ZoneId.of("Asia/Ho_Chi_Minh"));
    if (decision.date().isAfter(today)) {
      throw Refusal.invalidField("decisionDate", "ngày quyết định không được ở tương lai");
    }
    if (decision.date().isBefore(round.nominationOpens())) {
      throw Refusal.invalidField(
          "decisionDate",
          "đợt "
              + round.id()
              + " chỉ nhận quyết định từ ngày mở đợt "
              + round
                  .nominationOpens()
                  .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
    models.update(model, events);
    meters.counter("commendations.awarded", "level", round.level().name()).increment();
    return model.commendations().stream()
        .filter(c -> c.roundId().equals(roundId))
        .findFirst()
        .orElseThrow();
  }
}
