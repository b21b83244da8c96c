package vn.dienbien.directive.assignment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dienbien.directive.directive.Task;
import vn.dienbien.directive.unit.Unit;

/**
 * Turns a task into the units that must act on it: a lead group becomes each of its members, and a
 * unit that both leads and coordinates is assigned once, as lead (it carries the responsibility).
 */
final class FanOut {

  /** Where units and group members come from; errors name the offending field. */
  interface Roster {
    Unit unit(String code, String field);

    List<Unit> members(String groupCode, String field);
  }

  record Assignee(Unit unit, Role role) {}

  private FanOut() {}

  static List<Assignee> of(Task task, Roster roster, String prefix) {
    Map<String, Assignee> byCode = new LinkedHashMap<>();
    List<Unit> leads =
        task.leadGroupId() != null
            ? roster.members(task.leadGroupId(), prefix + "leadGroupId")
            : List.of(roster.unit(task.leadUnitId(), prefix + "leadUnitId"));
    leads.forEach(u -> byCode.put(u.code(), new Assignee(u, Role.LEAD)));
    List<Unit> coordinators = new ArrayList<>();
    for (int i = 0; i < task.coordinatingUnitIds().size(); i++) {
      coordinators.add(
          roster.unit(
              task.coordinatingUnitIds().get(i), prefix + "coordinatingUnitIds[" + i + "]"));
    }
    for (int i = 0; i < task.coordinatingGroupIds().size(); i++) {
      coordinators.addAll(
          roster.members(
              task.coordinatingGroupIds().get(i), prefix + "coordinatingGroupIds[" + i + "]"));
    }
    coordinators.forEach(u -> byCode.putIfAbsent(u.code(), new Assignee(u, Role.COORDINATING)));
    return List.copyOf(byCode.values());
  }
}
