package vn.dienbien.modelregistry.commendation;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.modelregistry.model.Decision;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelLifecycle;

/**
 * The rules of a movement commendation, pure: the form fits the level, the decision is dated inside
 * the movement and not in the future, a round (if named) has the same level and was open, a model
 * (if named) belongs to the recipient's unit. Returns the commendation and its event.
 */
public final class MovementCommending {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private MovementCommending() {}

  /** What is asked for, with the facts already looked up (model and round may be null). */
  public record Request(
      Recipient recipient,
      Level level,
      CommendationForm form,
      Decision decision,
      String achievement,
      Model model,
      CommendationRound round) {}

  public record Recorded(MovementCommendation commendation, List<DomainEvent> events) {}

  public static Recorded record(Request r, ModelLifecycle.Change change) {
    check(r, LocalDate.ofInstant(change.at(), ZONE));
    var commendation =
        new MovementCommendation(
            idOf(r),
            r.recipient(),
            r.level(),
            r.form(),
            r.decision(),
            r.achievement(),
            r.model() == null ? null : r.model().id(),
            r.model() == null ? null : r.model().profile().name(),
            r.round() == null ? null : r.round().id(),
            change.at(),
            change.actorId());
    return new Recorded(commendation, List.of(CommendationEvents.recorded(commendation)));
  }

  private static void check(Request r, LocalDate today) {
    if (!r.form().awardedAt(r.level())) {
      throw new InvalidCommendation(
          "form", r.form().label() + " không phải hình thức khen thưởng " + r.level().label());
    }
    LocalDate date = r.decision().date();
    if (date.isAfter(today)) {
      throw new InvalidCommendation("decisionDate", "ngày quyết định không được ở tương lai");
    }
    if (date.getYear() < ModelLifecycle.FIRST_YEAR) {
      throw new InvalidCommendation(
          "decisionDate", "phong trào tính từ năm " + ModelLifecycle.FIRST_YEAR);
    }
    if (r.round() != null) {
      checkRound(r, date);
    }
    if (r.model() != null && !r.model().unitId().equals(r.recipient().unitId())) {
      throw new InvalidCommendation(
          "modelId", "mô hình phải thuộc đơn vị của tập thể, cá nhân được khen thưởng");
    }
  }

  private static void checkRound(Request r, LocalDate date) {
    if (r.round().level() != r.level()) {
      throw new InvalidCommendation(
          "roundId", "đợt " + r.round().id() + " là đợt khen thưởng " + r.round().level().label());
    }
    if (date.isBefore(r.round().nominationOpens())) {
      throw new InvalidCommendation(
          "decisionDate",
          "đợt "
              + r.round().id()
              + " chỉ nhận quyết định từ ngày mở đợt "
              + r.round().nominationOpens().format(DATE));
    }
  }

  /** One commendation per decision and recipient: recording it twice is a conflict, not a copy. */
  static String idOf(Request r) {
    String key =
        r.decision().number() + "|" + r.recipient().unitId() + "|" + r.recipient().name().strip();
    return "KT-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }
}
