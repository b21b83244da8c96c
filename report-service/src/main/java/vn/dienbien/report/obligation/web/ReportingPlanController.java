package vn.dienbien.report.obligation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.report.obligation.AssignedTask;
import vn.dienbien.report.obligation.Assignment;
import vn.dienbien.report.obligation.Cadence;
import vn.dienbien.report.obligation.CalendarProperties;
import vn.dienbien.report.obligation.DeadlineKind;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationPlanner;

/**
 * The reporting periods one assignment of a task would owe if it were assigned now, by the same
 * planner and calendar that open obligations: what the Văn phòng previews before issuing.
 */
@RestController
@Tag(name = "Nghĩa vụ báo cáo")
class ReportingPlanController {

  record Period(String key, String label, LocalDate windowOpensOn, LocalDate dueDate) {}

  record Plan(int count, List<Period> periods) {}

  private final ObligationPlanner planner;

  ReportingPlanController(CalendarProperties calendar, Clock clock) {
    this.planner = new ObligationPlanner(calendar, clock);
  }

  @GetMapping("/api/v1/reporting-plan")
  @Operation(
      summary = "Xem trước các kỳ báo cáo của một phân công",
      description =
          "Mỗi đơn vị được giao nhiệm vụ sẽ nộp báo cáo theo các kỳ này (theo lịch báo cáo của chỉ thị); không ghi gì.")
  Plan plan(
      @Parameter(example = "11-CT/TU") @RequestParam String directiveNumber,
      @RequestParam DeadlineKind deadlineKind,
      @Parameter(example = "2026-03-31")
          @RequestParam(required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate dueDate,
      @RequestParam(required = false) Cadence cadence,
      @Parameter(example = "2026-02-23")
          @RequestParam
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate periodStart,
      @Parameter(example = "2030-12-31")
          @RequestParam
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate periodEnd) {
    check(deadlineKind, dueDate, periodStart, periodEnd);
    AssignedTask task =
        preview(directiveNumber, deadlineKind, dueDate, cadence, periodStart, periodEnd);
    List<Period> periods =
        planner.plan(task).stream().map(ReportingPlanController::period).toList();
    return new Plan(periods.size(), periods);
  }

  private static void check(
      DeadlineKind deadlineKind, LocalDate dueDate, LocalDate periodStart, LocalDate periodEnd) {
    if (periodEnd.isBefore(periodStart)) {
      throw ApiProblem.invalidField("periodEnd", "phải sau ngày bắt đầu (periodStart)");
    }
    if (deadlineKind == DeadlineKind.FIXED_DATE && dueDate == null) {
      throw ApiProblem.invalidField(
          "dueDate", "nhiệm vụ có thời hạn cố định phải có hạn (yyyy-MM-dd)");
    }
  }

  /** An assignment of no one in particular: the plan depends on the directive and the deadline. */
  private static AssignedTask preview(
      String directiveNumber,
      DeadlineKind deadlineKind,
      LocalDate dueDate,
      Cadence cadence,
      LocalDate periodStart,
      LocalDate periodEnd) {
    var assignment =
        new Assignment(
            "preview",
            "preview",
            directiveNumber,
            null,
            "preview",
            "preview",
            null,
            "preview",
            null,
            null,
            deadlineKind);
    return new AssignedTask(assignment, dueDate, cadence, periodStart, periodEnd, null, List.of());
  }

  private static Period period(Obligation o) {
    return new Period(o.periodKey(), o.periodLabel(), o.opensOn(), o.dueDate());
  }
}
