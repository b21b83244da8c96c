package vn.dienbien.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import vn.dienbien.contracts.directive.AssignmentClosed;
import vn.dienbien.contracts.directive.DeadlineExtended;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.directive.TaskAssigned.Cadence;
import vn.dienbien.contracts.directive.TaskAssigned.DeadlineKind;
import vn.dienbien.report.obligation.AssignedTask;
import vn.dienbien.report.obligation.DirectiveEventsConsumer;

/** Assignment events as directive-service publishes them for the seeded directives. */
public final class Fixtures {

  public static final OffsetDateTime ISSUED =
      OffsetDateTime.of(2026, 2, 23, 8, 0, 0, 0, ZoneOffset.ofHours(7));

  private Fixtures() {}

  /** The event as the service reads it, mapped by its consumer. */
  public static AssignedTask assigned(TaskAssigned event) {
    return DirectiveEventsConsumer.taskOf(event);
  }

  /** Task 11.7a of 11-CT/TU (due 31/03/2026) assigned to {@code unitId}. */
  public static TaskAssigned task117a(String assignmentId, String unitId, String unitName) {
    return fixedDate(assignmentId, unitId, unitName, LocalDate.of(2026, 3, 31));
  }

  public static TaskAssigned fixedDate(
      String assignmentId, String unitId, String unitName, LocalDate due) {
    return new TaskAssigned(
        assignmentId,
        "d-11",
        "11-CT/TU",
        "Chỉ thị về tiếp tục đẩy mạnh, nâng cao hiệu quả phong trào thi đua \"Dân vận khéo\" giai đoạn 2025 - 2030",
        "t-11-7a",
        "11.7a",
        "Quán triệt, triển khai Chỉ thị; xây dựng chương trình, kế hoạch cụ thể hóa",
        "Chương trình, kế hoạch của đơn vị",
        unitId,
        unitName,
        TaskAssigned.Role.LEAD,
        DeadlineKind.FIXED_DATE,
        due,
        null,
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2030, 12, 31),
        "BTGDV-TU",
        ISSUED,
        "vp.tu");
  }

  /**
   * {@code base} as a task of another directive whose term starts on {@code periodStart}: the same
   * unit, due date and texts.
   */
  public static TaskAssigned inDirective(
      TaskAssigned base,
      String directiveId,
      String directiveNumber,
      String taskId,
      String taskCode,
      LocalDate periodStart) {
    return new TaskAssigned(
        base.assignmentId(),
        directiveId,
        directiveNumber,
        base.directiveTitle(),
        taskId,
        taskCode,
        base.taskContent(),
        base.expectedOutput(),
        base.unitId(),
        base.unitName(),
        base.role(),
        base.deadlineKind(),
        base.dueDate(),
        base.cadence(),
        periodStart,
        base.periodEnd(),
        base.monitoringUnitId(),
        base.assignedAt(),
        base.actorId());
  }

  /** Task 06.3b of 06-CT/TU: ongoing, reported on {@code cadence} over 2026-2030. */
  public static TaskAssigned ongoing063b(String assignmentId, Cadence cadence) {
    return new TaskAssigned(
        assignmentId,
        "d-06",
        "06-CT/TU",
        "Chỉ thị về tăng cường sự lãnh đạo của Đảng đối với hoạt động của Ủy ban MTTQ Việt Nam",
        "t-06-3b",
        "06.3b",
        "Đổi mới nội dung, phương thức hoạt động, hướng mạnh về cơ sở",
        null,
        "DU-MTTQ-TINH",
        "Đảng ủy MTTQ Việt Nam tỉnh",
        TaskAssigned.Role.LEAD,
        DeadlineKind.ONGOING,
        null,
        cadence,
        LocalDate.of(2026, 1, 1),
        LocalDate.of(2030, 12, 31),
        "BTGDV-TU",
        ISSUED,
        "vp.tu");
  }

  /**
   * Task 06.3b reported by {@code kind} (ANNUAL: yearly; ONGOING: on {@code cadence}) over {@code
   * from}..{@code to}, assigned on {@code from}: tests derive both from the test clock's base.
   */
  public static TaskAssigned recurring(
      String assignmentId, DeadlineKind kind, Cadence cadence, LocalDate from, LocalDate to) {
    TaskAssigned task = ongoing063b(assignmentId, cadence);
    return new TaskAssigned(
        assignmentId,
        task.directiveId(),
        task.directiveNumber(),
        task.directiveTitle(),
        task.taskId(),
        task.taskCode(),
        task.taskContent(),
        null,
        task.unitId(),
        task.unitName(),
        TaskAssigned.Role.LEAD,
        kind,
        null,
        cadence,
        from,
        to,
        "BTGDV-TU",
        from.atTime(8, 0).atOffset(ZoneOffset.ofHours(7)),
        "vp.tu");
  }

  public static AssignmentClosed closed(String assignmentId, String unitId) {
    return new AssignmentClosed(
        assignmentId,
        "d-11",
        "11-CT/TU",
        "t-11-7a",
        unitId,
        unitId,
        AssignmentClosed.Reason.WITHDRAWN,
        ISSUED,
        "vp.tu",
        AssignmentClosed.ClosedBy.DIRECTIVE_ENDED,
        null);
  }

  /**
   * The first approved extension of a task 11.7a assignment: from its original due date {@code
   * previous} to {@code newDue}.
   */
  public static DeadlineExtended extended(
      String assignmentId, String unitId, LocalDate previous, LocalDate newDue) {
    return new DeadlineExtended(
        assignmentId,
        "ext-" + assignmentId,
        "d-11",
        "11-CT/TU",
        "t-11-7a",
        "11.7a",
        unitId,
        unitId,
        previous,
        previous,
        newDue,
        "Đơn vị mới sáp nhập, đề nghị gia hạn",
        "vp.tu");
  }
}
