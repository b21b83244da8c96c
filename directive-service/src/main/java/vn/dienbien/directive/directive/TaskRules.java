package vn.dienbien.directive.directive;

import java.time.LocalDate;
import vn.dienbien.directive.unit.UnitDirectory;
import vn.dienbien.platform.refusal.Refusal;

/** The rules a task must meet to be assignable: a real lead, real coordinators, a sane deadline. */
class TaskRules {

  private final UnitDirectory units;

  TaskRules(UnitDirectory units) {
    this.units = units;
  }

  void checkIssuer(String issuingBodyId) {
    units.requireActive(issuingBodyId, "issuingBodyId");
  }

  void check(Task task, Directive directive, String prefix) {
    String p = prefix.isEmpty() ? "" : prefix + ".";
    boolean hasUnit = task.leadUnitId() != null && !task.leadUnitId().isBlank();
    boolean hasGroup = task.leadGroupId() != null && !task.leadGroupId().isBlank();
    if (hasUnit == hasGroup) {
      throw Refusal.invalidField(
          p + "leadUnitId", "phải giao cho đúng một đơn vị chủ trì hoặc một nhóm đơn vị");
    }
    if (hasUnit) {
      units.requireActive(task.leadUnitId(), p + "leadUnitId");
    } else {
      units.membersOf(task.leadGroupId(), p + "leadGroupId");
    }
    for (int i = 0; i < task.coordinatingUnitIds().size(); i++) {
      units.requireActive(task.coordinatingUnitIds().get(i), p + "coordinatingUnitIds[" + i + "]");
    }
    for (int i = 0; i < task.coordinatingGroupIds().size(); i++) {
      units.membersOf(task.coordinatingGroupIds().get(i), p + "coordinatingGroupIds[" + i + "]");
    }
    if (task.deadline().hasDueDate()) {
      checkDueDate(task.deadline().dueDate(), directive, p + "deadline.dueDate");
    }
    for (int i = 0; i < task.deadline().milestones().size(); i++) {
      checkDueDate(
          task.deadline().milestones().get(i).dueDate(),
          directive,
          p + "deadline.milestones[" + i + "].dueDate");
    }
  }

  private static void checkDueDate(LocalDate dueDate, Directive directive, String field) {
    if (dueDate.isBefore(directive.issuedOn())) {
      throw Refusal.invalidField(
          field,
          "hạn hoàn thành không được trước ngày ban hành " + Dates.shown(directive.issuedOn()));
    }
    if (dueDate.isAfter(directive.periodEnd())) {
      throw Refusal.invalidField(
          field,
          "hạn hoàn thành phải trong giai đoạn của chỉ thị (đến "
              + Dates.shown(directive.periodEnd())
              + ")");
    }
  }
}
