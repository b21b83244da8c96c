package vn.dienbien.localstack.soak;

import java.util.List;
import java.util.Map;

/** The soak's closing figures and verdict (0 lost, 0 duplicated, recovery under 30 s). */
final class SoakReport {

  static final double RECOVERY_GOAL_SECONDS = 30;

  private SoakReport() {}

  record Outcome(
      List<EventCheck.Row> events,
      Map<String, Integer> duplicateIds,
      int obligationsExpected,
      int obligationsFound,
      DeliveryAudit.Figures deliveries,
      Map<String, Long> lag,
      Recovery recovery,
      int orphanedDeliveries,
      List<Faults.Fault> faults,
      int retries,
      int failovers,
      Map<String, Long> rssMb) {

    int lost() {
      return events.stream().mapToInt(r -> r.missing().size()).sum()
          + Math.max(0, obligationsExpected - obligationsFound)
          + deliveries.eventsWithoutDelivery()
          + deliveries.sentNotReceived()
          + deliveries.sentWithoutEvent()
          + deliveries.outstanding();
    }

    int duplicated() {
      return duplicateIds.values().stream().mapToInt(Integer::intValue).sum()
          + events.stream().mapToInt(EventCheck.Row::repeatedFacts).sum()
          + deliveries.repeatedKeys()
          + deliveries.mailDuplicates();
    }

    boolean passed() {
      return lost() == 0
          && duplicated() == 0
          && recovery.restoredSeconds() >= 0
          && recovery.restoredSeconds() < RECOVERY_GOAL_SECONDS;
    }
  }

  static void print(Outcome o) {
    System.out.println("\n=== Soak result ===");
    System.out.println("Faults:");
    o.faults()
        .forEach(f -> System.out.printf("  %6.1f s  %s (%s)%n", f.at(), f.what(), f.process()));
    System.out.println("\nEvents (expected facts / found / missing / repeated under another id):");
    for (EventCheck.Row r : o.events()) {
      System.out.printf(
          "  %-46s %5d %5d %5d %5d%s%n",
          r.type(),
          r.expected(),
          r.found(),
          r.missing().size(),
          r.repeatedFacts(),
          r.missing().isEmpty() ? "" : "  e.g. " + r.missing().getFirst());
    }
    int copies = o.duplicateIds().values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf(
        "  duplicate event ids on the topics: %d (%d extra copies)%s%n",
        o.duplicateIds().size(),
        copies,
        o.duplicateIds().isEmpty() ? "" : "  e.g. " + o.duplicateIds().keySet().iterator().next());
    System.out.printf(
        "Obligations: expected %d, found %d%n", o.obligationsExpected(), o.obligationsFound());
    DeliveryAudit.Figures d = o.deliveries();
    System.out.printf(
        "Deliveries (event, recipient, channel): %d decided %s; more than one per key: %d;"
            + " reminder-worthy events without a delivery: %d%n",
        d.decided(), d.byStatus(), d.repeatedKeys(), d.eventsWithoutDelivery());
    System.out.printf(
        "  mail server: %d received, %d duplicates · SMS gateway: %d accepted, %d resends"
            + " absorbed by request id · sent but not received: %d · sent without a delivered"
            + " event: %d%n",
        d.mailReceived(),
        d.mailDuplicates(),
        d.smsAccepted(),
        d.smsReplays(),
        d.sentNotReceived(),
        d.sentWithoutEvent());
    Recovery r = o.recovery();
    System.out.printf(
        "Consumer lag at the end: %s (total %d); back to 0 for good %s%n",
        o.lag(), Lag.total(o.lag()), since(r.lagZeroSeconds()));
    System.out.printf(
        "Recovery (every relay publishing, every partition led with min ISR and consumed, the %d"
            + " deliveries a killed sender held sent): %s (goal < %.0f s)%s%n",
        o.orphanedDeliveries(),
        since(r.restoredSeconds()),
        RECOVERY_GOAL_SECONDS,
        r.stillMissing().isEmpty()
            ? ""
            : (r.restoredSeconds() < 0 ? "; still missing: " : "; the last to come back: ")
                + r.stillMissing());
    System.out.printf(
        "All work done (every expected fact on the streams, every reminder sent, lag 0): %s%n",
        since(r.completeSeconds()));
    System.out.printf(
        "Client side: %d requests went to the other instance (one refused the connection),"
            + " %d writes repeated after an error or an unknown outcome%n",
        o.failovers(), o.retries());
    System.out.println("Resident memory at the end (MB): " + o.rssMb());
    System.out.printf(
        "%nsoak: lost=%d duplicated=%d recovery_s=%.1f lag_zero_s=%.1f all_done_s=%.1f %s%n",
        o.lost(),
        o.duplicated(),
        r.restoredSeconds(),
        r.lagZeroSeconds(),
        r.completeSeconds(),
        o.passed() ? "PASS" : "FAIL");
  }

  private static String since(double seconds) {
    return seconds < 0 ? "NOT reached" : String.format("%.1f s after the last kill", seconds);
  }
}
