package vn.dienbien.modelregistry.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dienbien.contracts.modelregistry.CommendationRecorded;
import vn.dienbien.modelregistry.model.Basis;
import vn.dienbien.modelregistry.model.Decision;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.ModelLifecycle;
import vn.dienbien.platform.outbox.IdentifiedEvent;

class MovementCommendingTests {

  private static final ModelLifecycle.Change CHANGE =
      new ModelLifecycle.Change(Instant.parse("2027-11-20T03:00:00Z"), 2027, "approver");
  private static final Recipient PERSON =
      new Recipient(
          Recipient.Kind.INDIVIDUAL, "Lò Thị Xuân", "Trưởng bản", "XA-MUONG-NHE", "Xã Mường Nhé");
  private static final CommendationRound COMMUNE_ROUND =
      new CommendationRound(
          "COMMUNE-2025-2030-1",
          "Đợt 1",
          Level.COMMUNE,
          "2025-2030",
          1,
          2025,
          2027,
          LocalDate.of(2027, 10, 1),
          LocalDate.of(2027, 12, 15),
          "Sơ kết",
          Basis.provinceChoice("Tỉnh chọn"));

  @Test
  void anIndividualIsCommendedWithoutAModelAndTheEventSaysSo() {
    var recorded =
        MovementCommending.record(
            request(Level.COMMUNE, CommendationForm.CERTIFICATE_OF_MERIT, "2027-11-15", null),
            CHANGE);
    assertThat(recorded.commendation().modelId()).isNull();
    var event = (CommendationRecorded) ((IdentifiedEvent) recorded.events().getFirst()).payload();
    assertThat(event.recipientKind()).isEqualTo(CommendationRecorded.RecipientKind.INDIVIDUAL);
    assertThat(event.formLabel()).isEqualTo("Giấy khen");
    assertThat(event.modelId()).isNull();
  }

  @Test
  void theFormMustBeOneTheLevelAwards() {
    assertThatThrownBy(() ->
            MovementCommending.record(
                request(Level.COMMUNE, CommendationForm.DIPLOMA_OF_MERIT, "2027-11-15", null),
                CHANGE))
        .isInstanceOf(InvalidCommendation.class)
        .hasMessageContaining("Bằng khen")
        .extracting(e -> ((InvalidCommendation) e).field())
        .isEqualTo("form");
  }

  @Test
  void theDecisionIsNeitherInTheFutureNorBeforeTheRoundOpened() {
    assertThatThrownBy(() ->
            MovementCommending.record(
                request(Level.COMMUNE, CommendationForm.PRAISE, "2027-11-21", null), CHANGE))
        .hasMessageContaining("tương lai");
    assertThatThrownBy(() ->
            MovementCommending.record(
                request(Level.COMMUNE, CommendationForm.PRAISE, "2027-09-30", COMMUNE_ROUND),
                CHANGE))
        .hasMessageContaining("01/10/2027");
    assertThatThrownBy(() ->
            MovementCommending.record(
                request(Level.PROVINCE, CommendationForm.PRAISE, "2027-11-15", COMMUNE_ROUND),
                CHANGE))
        .extracting(e -> ((InvalidCommendation) e).field())
        .isEqualTo("roundId");
  }

  @Test
  void theSameDecisionForTheSamePersonHasOneId() {
    var first = request(Level.COMMUNE, CommendationForm.PRAISE, "2027-11-15", null);
    var again = request(Level.COMMUNE, CommendationForm.PRAISE, "2027-11-15", COMMUNE_ROUND);
    assertThat(MovementCommending.idOf(first)).isEqualTo(MovementCommending.idOf(again));
  }

  private static MovementCommending.Request request(
      Level level, CommendationForm form, String date, CommendationRound round) {
    return new MovementCommending.Request(
        PERSON,
        level,
        form,
        new Decision("45-QĐ/ĐU", LocalDate.parse(date), "Bí thư"),
        "Vận động hiến đất",
        null,
        round);
  }
}
