package vn.dienbien.report.obligation.readmodel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The groups a unit officer works through, most urgent first. An open obligation is overdue (due
 * date passed), due soon (due within the due-soon days, today included), open, or not open yet (its
 * reporting window opens after today, whatever its due date); the others go by state. A closed
 * obligation is in no group.
 */
public enum ObligationGroup {
  OVERDUE,
  DUE_SOON,
  RETURNED,
  OPEN,
  NOT_OPEN_YET,
  SUBMITTED,
  ACCEPTED;

  private static final Comparator<ObligationRow> BY_ID = Comparator.comparing(ObligationRow::id);
  private static final Comparator<ObligationRow> EARLIEST_DUE =
      Comparator.comparing(ObligationRow::dueDate).thenComparing(BY_ID);
  private static final Comparator<ObligationRow> LATEST_DUE =
      Comparator.comparing(ObligationRow::dueDate).reversed().thenComparing(BY_ID);

  /** The group of {@code row} on {@code today}; empty for a closed obligation. */
  public static Optional<ObligationGroup> of(ObligationRow row, LocalDate today, int dueSoonDays) {
    return Optional.ofNullable(
        switch (row.state()) {
          case OPEN -> open(row, today, dueSoonDays);
          case RETURNED -> RETURNED;
          case SUBMITTED -> SUBMITTED;
          case ACCEPTED -> ACCEPTED;
          default -> null;
        });
  }

  private static ObligationGroup open(ObligationRow row, LocalDate today, int dueSoonDays) {
    if (row.windowOpensOn() != null && today.isBefore(row.windowOpensOn())) {
      return NOT_OPEN_YET;
    }
    long daysLeft = ChronoUnit.DAYS.between(today, row.dueDate());
    return daysLeft < 0 ? OVERDUE : daysLeft <= dueSoonDays ? DUE_SOON : OPEN;
  }

  /**
   * The group's order: earliest due date first (the most late first), except for what the unit has
   * sent (submitted, accepted), latest due date first; ties by id.
   */
  public Comparator<ObligationRow> order() {
    return this == SUBMITTED || this == ACCEPTED ? LATEST_DUE : EARLIEST_DUE;
  }

  /** {@code rows} in their groups on {@code today}, each in its order; every group present. */
  public static Map<ObligationGroup, List<ObligationRow>> sort(
      List<ObligationRow> rows, LocalDate today, int dueSoonDays) {
    Map<ObligationGroup, List<ObligationRow>> groups = new EnumMap<>(ObligationGroup.class);
    for (ObligationGroup g : values()) {
      groups.put(g, new ArrayList<>());
    }
    for (ObligationRow row : rows) {
      of(row, today, dueSoonDays).ifPresent(g -> groups.get(g).add(row));
    }
    groups.forEach((g, list) -> list.sort(g.order()));
    return groups;
  }
}
