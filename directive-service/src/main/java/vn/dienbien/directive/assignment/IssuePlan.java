package vn.dienbien.directive.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.dienbien.directive.directive.Directive;
import vn.dienbien.directive.directive.Task;
import vn.dienbien.directive.unit.Unit;
import vn.dienbien.directive.unit.UnitDirectory;
import vn.dienbien.platform.refusal.Refusal;

/**
 * The assignments issuing a directive creates, resolved before anything is written, so a bad task
 * writes nothing; errors name the offending task field.
 */
@Component
class IssuePlan {

  private final UnitDirectory units;
  private final String monitoringUnitId;

  IssuePlan(
      UnitDirectory units,
      @Value("${directive.monitoring-unit-id:BTGDV-TU}") String monitoringUnitId) {
    this.units = units;
    this.monitoringUnitId = monitoringUnitId;
  }

  List<Assignment> of(Directive directive, Instant assignedAt) {
    if (directive.tasks().isEmpty()) {
      throw Refusal.invalidField("tasks", "chỉ thị chưa có nhiệm vụ nào để giao");
    }
    FanOut.Roster roster =
        new FanOut.Roster() {
          public Unit unit(String code, String field) {
            return units.requireActive(code, field);
          }

          public List<Unit> members(String group, String field) {
            return units.membersOf(group, field);
          }
        };
    List<Assignment> planned = new ArrayList<>();
    for (int i = 0; i < directive.tasks().size(); i++) {
      Task task = directive.tasks().get(i);
      for (FanOut.Assignee who : FanOut.of(task, roster, "tasks[" + i + "].")) {
        planned.add(assignment(directive, task, who, assignedAt));
      }
    }
    return planned;
  }

  /**
   * The assignment of {@code task} to {@code who}, at version 0. The dated products (sơ kết, tổng
   * kết) are the lead's: coordinators contribute to them.
   */
  private Assignment assignment(Directive d, Task task, FanOut.Assignee who, Instant assignedAt) {
    var deadline = task.deadline();
    return new Assignment(
        Assignment.idOf(task.id(), who.unit().code()),
        d.id(),
        d.number(),
        d.title(),
        task.id(),
        task.code(),
        task.content(),
        task.expectedOutput(),
        who.unit().code(),
        who.unit().name(),
        who.role(),
        deadline.kind(),
        deadline.dueDate(),
        deadline.dueDate(),
        deadline.cadence(),
        d.periodStart(),
        d.periodEnd(),
        monitoringUnitId,
        AssignmentStatus.OPEN,
        assignedAt,
        null,
        List.of(),
        null,
        null,
        who.role() == Role.LEAD ? deadline.milestones() : List.of(),
        0L);
  }
}
