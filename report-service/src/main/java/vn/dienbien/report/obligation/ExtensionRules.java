package vn.dienbien.report.obligation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.dienbien.platform.time.ClockConfiguration;
import vn.dienbien.report.obligation.ExtensionRequest.Decision;

/**
 * The rules of a per-obligation extension ({@link Obligation#requestExtension}, {@link
 * Obligation#decideExtension}): only a period of an ongoing or yearly task (a fixed-date task is
 * extended per assignment, in directive-service), only while a report is owed, one request pending
 * at a time, and a proposed date after the current due date and not before today in
 * Asia/Ho_Chi_Minh.
 */
final class ExtensionRules {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private ExtensionRules() {}

  static Obligation.Changed request(
      Obligation o, String requestId, LocalDate proposed, String reason, String by, Clock clock) {
    if (o.assignment().deadlineKind() == DeadlineKind.FIXED_DATE) {
      throw new ObligationConflict(
          "extension-per-assignment",
          "Nhiệm vụ có thời hạn cố định được gia hạn theo phân công: đề nghị gia hạn tại phân công "
              + o.assignment().assignmentId());
    }
    if (!o.state().awaitingReport()) {
      throw new ObligationConflict(
          "extension-not-owed",
          "Kỳ báo cáo " + o.periodLabel() + " không còn chờ báo cáo nên không gia hạn được");
    }
    if (o.pendingExtension() != null) {
      throw new ObligationConflict(
          "extension-pending",
          "Kỳ báo cáo " + o.periodLabel() + " đã có đề nghị gia hạn đang chờ xử lý");
    }
    checkProposed(o, proposed, today(clock));
    ExtensionRequest request =
        ExtensionRequest.pending(requestId, o.dueDate(), proposed, reason, by, clock.instant());
    Obligation next = o.withExtensionRequests(appended(o, request));
    return new Obligation.Changed(
        next, List.of(ObligationEvents.extensionRequested(next, request, clock.getZone())));
  }

  static Obligation.Changed decide(
      Obligation o,
      String requestId,
      boolean approve,
      String note,
      String decidingUnit,
      String by,
      Clock clock) {
    if (!o.assignment().monitoringUnitId().equals(decidingUnit)) {
      throw new ObligationForbidden(
          "Chỉ cơ quan theo dõi nhiệm vụ này được duyệt hoặc từ chối đề nghị gia hạn");
    }
    ExtensionRequest pending = pendingOf(o, requestId);
    if (approve) {
      checkApprovable(o, pending, today(clock));
    }
    Decision decision = approve ? Decision.APPROVED : Decision.REFUSED;
    ExtensionRequest decided = pending.decided(decision, note, by, clock.instant());
    List<ExtensionRequest> all = new ArrayList<>(o.extensionRequests());
    all.set(all.size() - 1, decided);
    Obligation next = o.withExtensionRequests(List.copyOf(all));
    if (approve) {
      next = movedTo(next, pending.proposedDueDate(), clock.getZone());
    }
    return new Obligation.Changed(
        next,
        List.of(
            ObligationEvents.extensionDecided(
                o, next, ExtensionScope.OBLIGATION, decided, clock.getZone())));
  }

  /**
   * The obligation of a fixed-date assignment follows the extension approved in directive-service;
   * the request lives there, so none is recorded here.
   */
  static Obligation.Changed follow(
      Obligation o, String extensionId, LocalDate newDueDate, String by, Clock clock) {
    if (newDueDate.equals(o.dueDate())) {
      return new Obligation.Changed(o, List.of());
    }
    Obligation next = movedTo(o, newDueDate, clock.getZone());
    ExtensionRequest approved =
        new ExtensionRequest(
            extensionId,
            o.dueDate(),
            newDueDate,
            null,
            null,
            null,
            Decision.APPROVED,
            null,
            by,
            clock.instant());
    return new Obligation.Changed(
        next,
        List.of(
            ObligationEvents.extensionDecided(
                o, next, ExtensionScope.ASSIGNMENT, approved, clock.getZone())));
  }

  /**
   * Due on {@code newDueDate}: the label of a fixed-date task names the new date, and the reminder
   * state starts over, so reminders are planned for the new date only. The original due date stays.
   */
  private static Obligation movedTo(Obligation o, LocalDate newDueDate, ZoneId zone) {
    ObligationCopy next = new ObligationCopy(o);
    if (o.fixedPeriod()) {
      next.periodLabel = ReportingCalendar.fixed(o.periodStart(), newDueDate).label();
    }
    next.dueDate = newDueDate;
    next.dueAt = ObligationPlanner.dueAt(newDueDate, zone);
    next.extensions = o.extensions() + 1;
    next.overdueStep = Obligation.NO_STEP;
    next.dueSoonLead = null;
    return next.build();
  }

  private static ExtensionRequest pendingOf(Obligation o, String requestId) {
    ExtensionRequest pending = o.pendingExtension();
    if (pending != null && pending.id().equals(requestId)) {
      return pending;
    }
    if (o.extensionRequests().stream().anyMatch(r -> r.id().equals(requestId))) {
      throw new ObligationConflict("extension-decided", "Đề nghị gia hạn này đã được xử lý");
    }
    throw new ObligationNotFound("đề nghị gia hạn", requestId);
  }

  /** The date may have passed, or the due date moved past it, while the request waited. */
  private static void checkApprovable(Obligation o, ExtensionRequest pending, LocalDate today) {
    if (o.state() == ObligationState.CLOSED) {
      throw new ObligationConflict(
          "obligation-closed", "Nhiệm vụ đã kết thúc, không gia hạn được; hãy từ chối đề nghị");
    }
    LocalDate proposed = pending.proposedDueDate();
    if (!proposed.isAfter(o.dueDate()) || proposed.isBefore(today)) {
      throw new ObligationConflict(
          "extension-outdated",
          "Hạn đề nghị %s không còn phù hợp (hạn hiện tại %s, hôm nay %s); hãy từ chối để đơn vị gửi đề nghị mới"
              .formatted(DAY.format(proposed), DAY.format(o.dueDate()), DAY.format(today)));
    }
  }

  private static void checkProposed(Obligation o, LocalDate proposed, LocalDate today) {
    if (!proposed.isAfter(o.dueDate())) {
      throw new InvalidExtension(
          "proposedDueDate", "Hạn đề nghị phải sau hạn hiện tại " + DAY.format(o.dueDate()));
    }
    if (proposed.isBefore(today)) {
      throw new InvalidExtension(
          "proposedDueDate", "Hạn đề nghị không được trước ngày hôm nay " + DAY.format(today));
    }
  }

  private static List<ExtensionRequest> appended(Obligation o, ExtensionRequest request) {
    List<ExtensionRequest> all = new ArrayList<>(o.extensionRequests());
    all.add(request);
    return List.copyOf(all);
  }

  private static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ClockConfiguration.ZONE);
  }
}
