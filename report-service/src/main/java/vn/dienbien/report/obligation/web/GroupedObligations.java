package vn.dienbien.report.obligation.web;

import java.time.LocalDate;
import java.util.List;
import vn.dienbien.report.obligation.readmodel.ObligationGroup;

/**
 * A unit's obligations by group on {@code today}, most urgent group first: each group's total and
 * its first items in the group's order. {@code dueSoonDays}: an open obligation due within this
 * many days (today included) is due soon. {@code totalItems}: all the unit's obligations, closed
 * ones (in no group) included.
 */
public record GroupedObligations(
    String unitId, LocalDate today, int dueSoonDays, long totalItems, List<Group> groups) {

  /** One group: how many obligations it holds and its first ones. */
  public record Group(ObligationGroup group, long totalItems, List<ObligationView> items) {}
}
