package vn.dienbien.modelregistry.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.dienbien.modelregistry.model.Registration.Outcome;

/**
 * Where a model stands, derived from its registrations and recognitions. "Registered",
 * "recognised", "sustained" and "lapsed" are told apart because the province reports them apart.
 */
public enum ModelStatus {
  REGISTERED("Đã đăng ký"),
  EVALUATED("Đã khảo sát, đánh giá"),
  NOT_RECOGNISED("Không được công nhận"),
  RECOGNISED("Đã công nhận"),
  SUSTAINED("Duy trì hiệu quả sau đánh giá lại"),
  LAPSED("Không còn hiệu quả (đã thu hồi công nhận)");

  private final String label;

  ModelStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * The latest thing that happened decides: a registration newer than every recognition (a lapsed
   * model registering again) shows as registered; otherwise the latest recognition's state.
   */
  static ModelStatus of(List<Recognition> recognitions, List<Registration> registrations) {
    Optional<Recognition> latest =
        recognitions.stream()
            .max(
                Comparator.comparingInt(Recognition::year).thenComparingInt(r -> r.level().rank()));
    Optional<Registration> open =
        registrations.stream()
            .filter(r -> !r.decided())
            .max(Comparator.comparingInt(Registration::year));
    if (latest.isPresent()
        && (open.isEmpty()
            || !latest.get().revoked()
            || open.get().year() <= latest.get().lastJudgedYear())) {
      return switch (latest.get().status()) {
        case ACTIVE -> ModelStatus.RECOGNISED;
        case SUSTAINED -> ModelStatus.SUSTAINED;
        case REVOKED -> ModelStatus.LAPSED;
      };
    }
    return registrations.stream()
        .max(Comparator.comparingInt(Registration::year).thenComparingInt(r -> r.decided() ? 0 : 1))
        .map(r ->
            r.outcome() == Outcome.NOT_RECOGNISED
                ? ModelStatus.NOT_RECOGNISED
                : r.outcome() == Outcome.EVALUATED ? ModelStatus.EVALUATED : ModelStatus.REGISTERED)
        .orElse(ModelStatus.REGISTERED);
  }
}
