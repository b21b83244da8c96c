package vn.dienbien.directive.directive;

import java.util.List;

/**
 * One task of a directive: who leads it (a unit or a group of units), who coordinates, what must be
 * produced, and by when. Its id is {@code <directiveId>:<code>}, stable across retries.
 */
public record Task(
    String id,
    String code,
    String content,
    String leadUnitId,
    String leadGroupId,
    List<String> coordinatingUnitIds,
    List<String> coordinatingGroupIds,
    String expectedOutput,
    Deadline deadline) {

  public Task {
    coordinatingUnitIds =
        coordinatingUnitIds == null ? List.of() : List.copyOf(coordinatingUnitIds);
    coordinatingGroupIds =
        coordinatingGroupIds == null ? List.of() : List.copyOf(coordinatingGroupIds);
  }

  public static String idOf(String directiveId, String code) {
    return directiveId + ":" + code;
  }

  Task inDirective(String directiveId) {
    return new Task(
        idOf(directiveId, code),
        code,
        content,
        leadUnitId,
        leadGroupId,
        coordinatingUnitIds,
        coordinatingGroupIds,
        expectedOutput,
        deadline);
  }
}
