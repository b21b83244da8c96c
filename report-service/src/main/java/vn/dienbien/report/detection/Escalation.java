package vn.dienbien.report.detection;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Which reminder an obligation owes at a given instant, and when to look again. Before the due
 * time: the nearest due-soon lead reached and not yet sent. After it: the highest escalation step
 * reached and not yet sent (an obligation first seen past several steps gets only the highest).
 */
final class Escalation {

  enum Kind {
    DUE_SOON,
    OVERDUE
  }

  /** A reminder to emit: a due-soon lead in days, or an overdue step with whole days overdue. */
  record Alert(Kind kind, int value, long daysOverdue) {}

  /** What to emit now (or null) and when to look again (or null: nothing left to remind). */
  record Decision(Alert alert, Instant next) {}

  private final List<Integer> leadsDescending;
  private final List<Integer> stepsAscending;

  Escalation(List<Integer> leadDays, List<Integer> stepDays) {
    this.leadsDescending = leadDays.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    this.stepsAscending = stepDays.stream().distinct().sorted().toList();
  }

  /** The first instant worth looking at an obligation due at {@code dueAt}. */
  Instant firstCheckpoint(Instant dueAt) {
    return leadsDescending.isEmpty()
        ? dueAt
        : dueAt.minus(Duration.ofDays(leadsDescending.getFirst()));
  }

  Decision decide(Instant dueAt, int sentStep, Integer sentLead, Instant now) {
    return now.isBefore(dueAt) ? beforeDue(dueAt, sentLead, now) : afterDue(dueAt, sentStep, now);
  }

  private Decision beforeDue(Instant dueAt, Integer sentLead, Instant now) {
    Integer reached =
        leadsDescending.stream()
            .filter(lead -> !now.isBefore(dueAt.minus(Duration.ofDays(lead))))
            .reduce((first, second) -> second)
            .orElse(null);
    Alert alert =
        reached != null && (sentLead == null || reached < sentLead)
            ? new Alert(Kind.DUE_SOON, reached, 0)
            : null;
    Instant next =
        leadsDescending.stream()
            .filter(lead -> now.isBefore(dueAt.minus(Duration.ofDays(lead))))
            .map(lead -> dueAt.minus(Duration.ofDays(lead)))
            .min(Comparator.naturalOrder())
            .orElse(
                stepsAscending.isEmpty()
                    ? null
                    : dueAt.plus(Duration.ofDays(stepsAscending.getFirst())));
    return new Decision(alert, next);
  }

  private Decision afterDue(Instant dueAt, int sentStep, Instant now) {
    long daysOverdue = Duration.between(dueAt, now).toDays();
    int reached =
        stepsAscending.stream().filter(step -> step <= daysOverdue).reduce((a, b) -> b).orElse(-1);
    Alert alert = reached > sentStep ? new Alert(Kind.OVERDUE, reached, daysOverdue) : null;
    int done = Math.max(reached, sentStep);
    Instant next =
        stepsAscending.stream()
            .filter(step -> step > done)
            .findFirst()
            .map(step -> dueAt.plus(Duration.ofDays(step)))
            .orElse(null);
    return new Decision(alert, next);
  }
}
