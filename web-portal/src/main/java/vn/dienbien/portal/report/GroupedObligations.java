package vn.dienbien.portal.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's obligations by group as report-service groups them on {@code today} (most urgent group
 * first): each group's total and its first items. {@code totalItems}: the unit's obligations,
 * closed ones (in no group) included.
 */
public record GroupedObligations(
    String unitId, LocalDate today, int dueSoonDays, long totalItems, List<Group> groups) {

  public GroupedObligations {
    groups = groups == null ? List.of() : List.copyOf(groups);
  }

  /** One group ({@code OVERDUE}, {@code DUE_SOON}, …): its total and its first obligations. */
  public record Group(String group, long totalItems, List<Obligation> items) {

    public Group {
      items = items == null ? List.of() : List.copyOf(items);
    }
  }
}
