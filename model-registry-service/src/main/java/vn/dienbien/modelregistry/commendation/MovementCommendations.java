package vn.dienbien.modelregistry.commendation;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dienbien.modelregistry.model.Decision;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelRegistry;
import vn.dienbien.modelregistry.model.Models;
import vn.dienbien.modelregistry.recognition.Jurisdiction;
import vn.dienbien.modelregistry.unit.Unit;
import vn.dienbien.modelregistry.unit.UnitDirectory;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.platform.refusal.Refusal;

/**
 * Records commendations of collectives and individuals: looks up the unit, the model and the round,
 * checks who decides (the unit's own leadership at cấp xã, the monitoring body at cấp tỉnh), lets
 * {@link MovementCommending} decide, and stores the commendation with its event in one write.
 */
@Service
public class MovementCommendations {

  private final MongoTemplate mongo;
  private final Outbox outbox;
  private final UnitDirectory units;
  private final Models models;
  private final CommendationCalendar calendar;
  private final Jurisdiction jurisdiction;
  private final ModelRegistry registry;
  private final MeterRegistry meters;

  MovementCommendations(
      MongoTemplate mongo,
      Outbox outbox,
      UnitDirectory units,
      Models models,
      CommendationCalendar calendar,
      Jurisdiction jurisdiction,
      ModelRegistry registry,
      MeterRegistry meters) {
    this.mongo = mongo;
    this.outbox = outbox;
    this.units = units;
    this.models = models;
    this.calendar = calendar;
    this.jurisdiction = jurisdiction;
    this.registry = registry;
    this.meters = meters;
  }

  /** What the caller asks to record; the unit, model and round are given by id. */
  public record NewCommendation(
      Recipient.Kind kind,
      String name,
      String position,
      String unitId,
      Level level,
      CommendationForm form,
      Decision decision,
      String achievement,
      String modelId,
      String roundId) {}

  public MovementCommendation record(NewCommendation c, String actorId) {
    Unit unit = units.requireActive(c.unitId(), "unitId");
    jurisdiction.require(unit.code(), c.level());
    Model model = c.modelId() == null ? null : models.require(c.modelId());
    CommendationRound round =
        c.roundId() == null
            ? null
            : calendar
                .round(c.roundId())
                .orElseThrow(
                    () -> new InvalidCommendation("roundId", "không có đợt " + c.roundId()));
    var recipient = new Recipient(c.kind(), c.name(), c.position(), unit.code(), unit.name());
    var request =
        new MovementCommending.Request(
            recipient, c.level(), c.form(), c.decision(), c.achievement(), model, round);
    var recorded = MovementCommending.record(request, registry.change(actorId));
    if (!outbox.insertIfAbsent(recorded.commendation(), recorded.events())) {
      throw Refusal.conflict(
          "already-recorded",
          "Quyết định " + c.decision().number() + " đã được ghi cho " + c.name());
    }
    meters
        .counter("commendations.recorded", "level", c.level().name(), "kind", c.kind().name())
        .increment();
    return recorded.commendation();
  }

  public Optional<MovementCommendation> find(String id) {
    return Optional.ofNullable(mongo.findById(id, MovementCommendation.class));
  }

  /** The filters of the list; null means any. */
  public record Filter(String unitId, Level level, Recipient.Kind kind, String modelId) {

    Query toQuery() {
      Criteria criteria = new Criteria();
      if (unitId != null) criteria.and("recipient.unitId").is(unitId);
      if (level != null) criteria.and("level").is(level.name());
      if (kind != null) criteria.and("recipient.kind").is(kind.name());
      if (modelId != null) criteria.and("modelId").is(modelId);
      return Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "decision.date", "_id"));
    }
  }

  public long count(Filter filter) {
    return mongo.count(filter.toQuery(), MovementCommendation.class);
  }

  public List<MovementCommendation> find(Filter filter, long offset, int size) {
    return mongo.find(filter.toQuery().skip(offset).limit(size), MovementCommendation.class);
  }
}
