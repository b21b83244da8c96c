package vn.dienbien.report.detection;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import vn.dienbien.platform.due.DueEntry;
import vn.dienbien.platform.due.DueIndex;
import vn.dienbien.platform.lock.Leases;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.Obligations;

/**
 * Walks the checkpoints that are due, emits what each one owes and schedules the next. One instance
 * sweeps at a time (ShedLock); the guarded writes in {@link Reminders} keep each (obligation, step)
 * to one event even if two sweeps overlapped.
 */
public class DueSweep {

  private static final Logger log = LoggerFactory.getLogger(DueSweep.class);

  private final DueIndex checkpoints;
  private final Obligations obligations;
  private final Escalation escalation;
  private final Reminders reminders;
  private final Clock clock;
  private final MeterRegistry meters;
  private final int batchSize;

  DueSweep(
      DueIndex checkpoints,
      Obligations obligations,
      Escalation escalation,
      Reminders reminders,
      Clock clock,
      MeterRegistry meters,
      int batchSize) {
    this.checkpoints = checkpoints;
    this.obligations = obligations;
    this.escalation = escalation;
    this.reminders = reminders;
    this.clock = clock;
    this.meters = meters;
    this.batchSize = batchSize;
  }

  @Scheduled(
      fixedDelayString = "${report.detection.sweep-interval:1m}",
      initialDelayString = "${report.detection.initial-delay:5s}")
  @SchedulerLock(name = "report-due-sweep", lockAtMostFor = Leases.AT_MOST)
  public void scheduledSweep() {
    sweep();
  }

  /**
   * One pass over every checkpoint due now, in batches; returns the number of reminders emitted.
   */
  public int sweep() {
    Timer.Sample sample = Timer.start(meters);
    Instant now = clock.instant();
    int emitted = 0;
    List<DueEntry> batch = checkpoints.due(now, batchSize);
    while (!batch.isEmpty()) {
      emitted += handle(batch, now);
      batch =
          batch.size() < batchSize
              ? List.of()
              : checkpoints.dueAfter(batch.getLast(), now, batchSize);
    }
    sample.stop(meters.timer("obligations.sweep"));
    return emitted;
  }

  /**
   * Handles one batch: one {@code _id $in} read of its obligations, one guarded outbox write per
   * reminder owed, then the next checkpoints, then the removal of the ones handled. A batch counts
   * as done only once its next checkpoints are stored, so a crash re-checks it; a checkpoint that
   * failed stays for the next sweep.
   */
  private int handle(List<DueEntry> batch, Instant now) {
    Map<String, Obligation> byId = new HashMap<>();
    obligations
        .byIds(batch.stream().map(DueEntry::key).distinct().toList())
        .forEach(o -> byId.put(o.id(), o));
    int emitted = 0;
    List<DueEntry> next = new ArrayList<>();
    List<DueEntry> checked = new ArrayList<>();
    for (DueEntry entry : batch) {
      try {
        emitted += check(byId.remove(entry.key()), now, next) ? 1 : 0;
        checked.add(entry);
      } catch (RuntimeException e) {
        log.warn("Checkpoint of obligation {} failed; kept for the next sweep", entry.key(), e);
      }
    }
    checkpoints.addAll(next);
    checkpoints.removeAll(checked);
    return emitted;
  }

  /** Emits what {@code obligation} owes now (null: gone, or a duplicate entry already checked). */
  private boolean check(Obligation obligation, Instant now, List<DueEntry> next) {
    if (obligation == null || !obligation.state().awaitingReport()) {
      return false;
    }
    Escalation.Decision decision =
        escalation.decide(
            obligation.dueAt(), obligation.overdueStep(), obligation.dueSoonLead(), now);
    boolean emitted = decision.alert() != null && reminders.emit(obligation, decision.alert());
    if (decision.next() != null) {
      next.add(DueEntry.of(obligation.id(), decision.next()));
    }
    return emitted;
  }
}
