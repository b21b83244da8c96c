package vn.dienbien.directive.directive;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dienbien.platform.refusal.Refusal;

/**
 * When a task is due: a fixed date ("hoàn thành trong tháng 3/2026" = 31/03/2026), ongoing work
 * ("thường xuyên") reported on a cadence, or annual work reported yearly; besides, an ongoing or
 * annual task may have milestones (deadline kind MILESTONE): dated products such as the sơ kết and
 * the tổng kết, each owed once by its own date.
 */
public record Deadline(
    DeadlineKind kind, LocalDate dueDate, Cadence cadence, List<Milestone> milestones) {

  public Deadline {
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
  }

  /**
   * Builds a deadline from what an official types; {@code dueMonth} is the "trong tháng M/yyyy"
   * form and means its last day. Errors name the field under {@code prefix}.
   */
  public static Deadline of(
      DeadlineKind kind, LocalDate dueDate, YearMonth dueMonth, Cadence cadence, String prefix) {
    if (kind == null) {
      throw Refusal.invalidField(
          prefix + ".kind", "phải chọn loại thời hạn (FIXED_DATE, ONGOING, ANNUAL)");
    }
    return switch (kind) {
      case FIXED_DATE -> fixed(dueDate, dueMonth, cadence, prefix);
      case ONGOING -> ongoing(dueDate, dueMonth, cadence, prefix);
      case ANNUAL -> annual(dueDate, dueMonth, cadence, prefix);
    };
  }

  public static Deadline fixedDate(LocalDate dueDate) {
    return new Deadline(DeadlineKind.FIXED_DATE, dueDate, null, List.of());
  }

  public static Deadline ongoing(Cadence cadence) {
    return new Deadline(DeadlineKind.ONGOING, null, cadence, List.of());
  }

  public static Deadline annual() {
    return new Deadline(DeadlineKind.ANNUAL, null, Cadence.YEARLY, List.of());
  }

  /**
   * This deadline with {@code milestones}: keys unique, each accepted no later than it is due. A
   * fixed-date task is itself one dated product and takes none. Errors name {@code
   * <prefix>.milestones[i].<field>}.
   */
  public Deadline withMilestones(List<Milestone> given, String prefix) {
    List<Milestone> all = given == null ? List.of() : given;
    if (!all.isEmpty() && kind == DeadlineKind.FIXED_DATE) {
      throw Refusal.invalidField(
          prefix + ".milestones",
          "nhiệm vụ có thời hạn cố định đã là một mốc; mốc sơ kết, tổng kết thuộc nhiệm vụ thường xuyên hoặc hằng năm");
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      Milestone m = all.get(i);
      String field = prefix + ".milestones[" + i + "]";
      if (!keys.add(m.key())) {
        throw Refusal.invalidField(field + ".key", "mã mốc " + m.key() + " bị trùng");
      }
      if (m.windowOpensOn() != null && m.windowOpensOn().isAfter(m.dueDate())) {
        throw Refusal.invalidField(
            field + ".windowOpensOn",
            "ngày bắt đầu nhận báo cáo phải trước hạn " + Dates.shown(m.dueDate()));
      }
    }
    return new Deadline(kind, dueDate, cadence, all);
  }

  private static Deadline fixed(
      LocalDate dueDate, YearMonth dueMonth, Cadence cadence, String prefix) {
    if (dueDate != null && dueMonth != null) {
      throw Refusal.invalidField(
          prefix + ".dueMonth", "chỉ nhập một trong hai: hạn ngày hoặc hạn tháng");
    }
    if (dueDate == null && dueMonth == null) {
      throw Refusal.invalidField(
          prefix + ".dueDate", "nhiệm vụ có thời hạn cố định phải có hạn hoàn thành");
    }
    if (cadence != null) {
      throw Refusal.invalidField(
          prefix + ".cadence", "nhiệm vụ có thời hạn cố định không có kỳ báo cáo");
    }
    return fixedDate(dueDate != null ? dueDate : dueMonth.atEndOfMonth());
  }

  private static Deadline ongoing(
      LocalDate dueDate, YearMonth dueMonth, Cadence cadence, String prefix) {
    noDate(
        dueDate, dueMonth, prefix, "nhiệm vụ thường xuyên không có hạn ngày; hãy chọn kỳ báo cáo");
    if (cadence == null) {
      throw Refusal.invalidField(prefix + ".cadence", "nhiệm vụ thường xuyên phải có kỳ báo cáo");
    }
    return ongoing(cadence);
  }

  private static Deadline annual(
      LocalDate dueDate, YearMonth dueMonth, Cadence cadence, String prefix) {
    noDate(dueDate, dueMonth, prefix, "nhiệm vụ hằng năm không có hạn ngày cố định");
    if (cadence != null && cadence != Cadence.YEARLY) {
      throw Refusal.invalidField(
          prefix + ".cadence", "nhiệm vụ hằng năm báo cáo theo năm (YEARLY)");
    }
    return annual();
  }

  private static void noDate(LocalDate dueDate, YearMonth dueMonth, String prefix, String message) {
    if (dueDate != null || dueMonth != null) {
      throw Refusal.invalidField(prefix + (dueDate != null ? ".dueDate" : ".dueMonth"), message);
    }
  }

  public boolean hasDueDate() {
    return dueDate != null;
  }
}
