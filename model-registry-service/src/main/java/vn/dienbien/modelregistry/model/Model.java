package vn.dienbien.modelregistry.model;

import static vn.dienbien.platform.refusal.Refusal.conflict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A "Dân vận khéo" model or exemplar with its whole yearly history in one document, so that each
 * transition and the events it causes are one atomic write (the store has no transactions).
 * Transitions live in {@link ModelLifecycle}; this class holds state and answers questions.
 */
@Document("models")
public class Model {

  @Id private final String id;
  @Version private long version;
  private final Kind kind;
  private final Profile profile;
  private final String unitId;
  private final String unitName;
  private final boolean sample;
  private final String searchText;
  private final Instant createdAt;
  private final String createdBy;
  private List<Registration> registrations = new ArrayList<>();
  private List<Evaluation> evaluations = new ArrayList<>();
  private List<Recognition> recognitions = new ArrayList<>();
  private List<Commendation> commendations = new ArrayList<>();
  private ModelStatus status = ModelStatus.REGISTERED;

  /**
   * A model as first created: version 0, registered, no history yet. Reading a stored one, the
   * store then fills in its version, history and status (the mutable fields) from the document.
   */
  @PersistenceCreator
  Model(
      String id,
      Kind kind,
      Profile profile,
      String unitId,
      String unitName,
      boolean sample,
      String searchText,
      Instant createdAt,
      String createdBy) {
    this.id = id;
    this.kind = kind;
    this.profile = profile;
    this.unitId = unitId;
    this.unitName = unitName;
    this.sample = sample;
    this.searchText = searchText;
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  public String id() {
    return id;
  }

  public long version() {
    return version;
  }

  public Kind kind() {
    return kind;
  }

  public Profile profile() {
    return profile;
  }

  public String unitId() {
    return unitId;
  }

  public String unitName() {
    return unitName;
  }

  public boolean sample() {
    return sample;
  }

  public String searchText() {
    return searchText;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public List<Registration> registrations() {
    return List.copyOf(registrations);
  }

  public List<Evaluation> evaluations() {
    return List.copyOf(evaluations);
  }

  public List<Recognition> recognitions() {
    return List.copyOf(recognitions);
  }

  public List<Commendation> commendations() {
    return List.copyOf(commendations);
  }

  public ModelStatus status() {
    return status;
  }

  public Optional<Registration> registration(int year, Level level) {
    return registrations.stream().filter(r -> r.matches(year, level)).findFirst();
  }

  public Optional<Recognition> recognition(String recognitionId) {
    return recognitions.stream().filter(r -> r.id().equals(recognitionId)).findFirst();
  }

  public Optional<Evaluation> evaluation(int year, Level level) {
    return evaluations.stream().filter(e -> e.year() == year && e.level() == level).findFirst();
  }

  public boolean hasActiveRecognition(Level level) {
    return recognitions.stream().anyMatch(r -> r.level() == level && !r.revoked());
  }

  /** The registration for {@code year} at {@code level}; a conflict if the model has none. */
  public Registration requireRegistration(int year, Level level) {
    return registration(year, level)
        .orElseThrow(() ->
            conflict("not-registered", "Mô hình chưa đăng ký " + level.label() + " năm " + year));
  }

  void replace(Registration registration) {
    registrations.replaceAll(
        r -> r.matches(registration.year(), registration.level()) ? registration : r);
  }

  void replace(Recognition recognition) {
    recognitions.replaceAll(r -> r.id().equals(recognition.id()) ? recognition : r);
  }

  void add(Registration registration) {
    registrations.add(registration);
  }

  void add(Evaluation evaluation) {
    evaluations.add(evaluation);
  }

  void add(Recognition recognition) {
    recognitions.add(recognition);
  }

  void add(Commendation commendation) {
    commendations.add(commendation);
  }

  /** Called after every transition so that queries by status need no computation. */
  void refreshStatus() {
    this.status = ModelStatus.of(recognitions, registrations);
  }
}
