package vn.dienbien.portal.officer;

import java.util.List;
import vn.dienbien.portal.report.GroupedObligations;
import vn.dienbien.portal.report.Obligation;

/** One group on the officer's home: how many obligations it holds and the first of them. */
public record GroupPreview(Group group, long total, List<Obligation> items) {

  /** The group as the page shows it, or null for a group this portal does not know. */
  static GroupPreview of(GroupedObligations.Group answered) {
    Group group = Group.byName(answered.group());
    return group == null ? null : new GroupPreview(group, answered.totalItems(), answered.items());
  }
}
