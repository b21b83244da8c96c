package vn.dienbien.report.obligation.readmodel;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.dienbien.report.obligation.ObligationState;

/** A projection outside Spring, and rows of one directive to put into it, for unit tests. */
public final class ProjectionFixture {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private ProjectionFixture() {}

  public static ObligationProjection empty(MeterRegistry meters) {
    return new ObligationProjection(meters);
  }

  /**
   * Obligation {@code id} of unit {@code unit}, due at the end of {@code due}, in {@code state}; a
   * report, if any, came in on {@code submitted} ({@code late} as given).
   */
  public static ObligationRow row(
      String id,
      String unit,
      LocalDate due,
      ObligationState state,
      Instant submitted,
      Boolean late,
      int version) {
    return new ObligationRow(
        id,
        "d-11",
        "11-CT/TU",
        "Chỉ thị 11",
        "11.7a",
        "Nhiệm vụ",
        unit,
        "Xã " + unit,
        "Quý II/2027",
        due.withDayOfMonth(1),
        due.withDayOfMonth(1),
        due,
        due.plusDays(1).atStartOfDay(ZONE).toInstant(),
        state,
        late,
        submitted,
        submitted == null ? null : 80,
        null,
        null,
        null,
        false,
        version,
        0);
  }
}
