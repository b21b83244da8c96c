package vn.dienbien.modelregistry.commendation;

import java.time.LocalDate;
import vn.dienbien.modelregistry.model.Basis;
import vn.dienbien.modelregistry.model.Level;

/**
 * One round of periodic commendation (biểu dương, khen thưởng định kỳ) of a five-year period: which
 * level, which recognition years it rewards, and when nominations are taken. The dates are the
 * province's choice (directive 11-CT/TU fixes the counts, not the dates): {@code basis} says so.
 */
public record CommendationRound(
    String id,
    String title,
    Level level,
    String period,
    int ordinal,
    int recognitionFromYear,
    int recognitionToYear,
    LocalDate nominationOpens,
    LocalDate nominationCloses,
    String rationale,
    Basis basis) {

  public CommendationRound {
    basis =
        basis == null
            ? Basis.provinceChoice("Tỉnh chọn: Chỉ thị không ấn định ngày các đợt")
            : basis;
  }

  Commending.Round rule() {
    return new Commending.Round(id, level, recognitionFromYear, recognitionToYear);
  }
}
