package vn.dienbien.directive.directive;

import java.time.Instant;
import java.util.Optional;
import vn.dienbien.platform.refusal.Refusal;

/**
 * A directive's transitions: a draft is edited, then issued (its tasks assigned), then superseded
 * by a later directive or expired at the end of its period. Each returns the new state or refuses;
 * {@link Directives} stores it with a guard on the version it was read at.
 */
public final class DirectiveLifecycle {

  private DirectiveLifecycle() {}

  /** {@code d} issued at {@code at} with {@code assignmentCount} assignments: only a draft. */
  public static Directive issue(Directive d, int assignmentCount, Instant at) {
    requireIssuable(d);
    return d.withStatus(DirectiveStatus.ISSUED, at, assignmentCount);
  }

  /**
   * Refuses to issue a superseded or expired directive; an issued one passes, so a retried issue
   * can finish what a crash interrupted.
   */
  public static void requireIssuable(Directive d) {
    if (d.status() == DirectiveStatus.DRAFT || d.status() == DirectiveStatus.ISSUED) {
      return;
    }
    throw Refusal.conflict(
        "directive-not-draft",
        "Chỉ thị "
            + d.number()
            + " đã "
            + (d.status() == DirectiveStatus.EXPIRED ? "hết hiệu lực" : "bị thay thế"),
        "status",
        "chỉ ban hành được chỉ thị ở trạng thái dự thảo");
  }

  /** {@code d}, if its tasks may still change: only a draft's. */
  static Directive requireEditable(Directive d) {
    if (d.status() == DirectiveStatus.DRAFT) {
      return d;
    }
    throw Refusal.conflict(
        "directive-not-draft",
        "Chỉ thị "
            + d.number()
            + " đã ban hành: muốn thay đổi nhiệm vụ phải ban hành văn bản mới thay thế "
            + "(tạo chỉ thị mới với supersedesId = "
            + d.id()
            + ")",
        "status",
        "chỉ sửa được nhiệm vụ của chỉ thị ở trạng thái dự thảo");
  }

  /**
   * {@code d} ended as {@code to} (superseded or expired); empty unless it is issued (ended
   * already, or never issued).
   */
  public static Optional<Directive> end(Directive d, DirectiveStatus to) {
    if (to != DirectiveStatus.SUPERSEDED && to != DirectiveStatus.EXPIRED) {
      throw new IllegalArgumentException("A directive ends as superseded or expired, not " + to);
    }
    if (d.status() != DirectiveStatus.ISSUED) {
      return Optional.empty();
    }
    return Optional.of(d.withStatus(to, d.issuedAt(), d.assignmentCount()));
  }

  /** The refusal of a change that lost to another edit, the issue or the end of the directive. */
  public static Refusal concurrentEdit() {
    return Refusal.conflict(
        "concurrent-edit", "Chỉ thị vừa được người khác sửa hoặc ban hành; vui lòng tải lại");
  }
}
