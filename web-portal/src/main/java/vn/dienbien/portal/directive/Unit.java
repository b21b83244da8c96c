package vn.dienbien.portal.directive;

import java.util.List;

/** A unit of the directory. */
public record Unit(
    String id,
    String name,
    String kind,
    String level,
    String parentId,
    boolean active,
    String officialCode,
    Boolean confirmed,
    String source) {

  /** A group of units a directive names as assignees ("nơi nhận"). */
  public record Group(String id, String name, String description, List<Unit> members) {

    public Group {
      members = members == null ? List.of() : List.copyOf(members);
    }
  }
}
