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
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.Obligations;

/**
 * Walks the schedule buckets from the cursor to now, emits what each due checkpoint owes and
 * schedules the next one. One instance sweeps at a time (ShedLock); the guarded writes in {@link
 * Reminders} keep each (obligation, step) to one event even if two sweeps overlapped.
 */
public class DueSweep {

  private static final Logger log = LoggerFactory.getLogger(DueSweep.class);

  private final DueSchedule schedule;
  private final Obligations obligations;
  private final Escalation escalation;
  private final Reminders reminders;
  private final Clock clock;
  private final MeterRegistry meters;
  private final int batchSize;

  DueSweep(
      DueSchedule schedule,
      Obligations obligations,
      Escalation escalation,
      Reminders reminders,
      Clock clock,
      MeterRegistry meters,
      int batchSize) {
    this.schedule = schedule;
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
  @SchedulerLock(name = "report-due-sweep", lockAtMostFor = "PT10M")
  public void scheduledSweep() {
    sweep();
  }

  /** One pass; returns the number of reminders emitted. */
  public int sweep() {
    Timer.Sample sample = Timer.start(meters);
    Instant now = clock.instant();
    long current = schedule.currentSlot();
    long cursor = schedule.cursor();
    Map<Long, List<DueSchedule.Entry>> buckets = schedule.buckets(cursor, current);
    long firstKept = -1;
    int emitted = 0;
    for (long slot = cursor; slot <= current; slot += schedule.slotMillis()) {
      List<DueSchedule.Entry> entries = buckets.getOrDefault(slot, List.of());
      List<DueSchedule.Entry> due = entries.stream().filter(e -> !e.at().isAfter(now)).toList();
      List<DueSchedule.Entry> done = new ArrayList<>();
      emitted += handle(due, now, done);
      if (done.size() == entries.size() && slot < current - schedule.slotMillis()) {
        if (!entries.isEmpty()) {
          schedule.drop(slot);
        }
      } else {
        schedule.remove(slot, done);
        firstKept = firstKept < 0 ? slot : firstKept;
      }
    }
    long next = firstKept >= 0 ? firstKept : current - schedule.slotMillis();
    if (next != cursor) {
      schedule.moveCursor(Math.min(next, current - schedule.slotMillis()));
    }
    sample.stop(meters.timer("obligations.sweep"));
    return emitted;
  }

  /**
   * Handles {@code due} in batches: one {@code _id $in} read of the batch's obligations, one
   * guarded outbox write per reminder owed, then one schedule write per bucket for the next
   * checkpoints. A batch counts as done only once its next checkpoints are stored, so a crash
   * re-checks it.
   */
  private int handle(List<DueSchedule.Entry> due, Instant now, List<DueSchedule.Entry> done) {
    int emitted = 0;
    for (int from = 0; from < due.size(); from += batchSize) {
      List<DueSchedule.Entry> batch = due.subList(from, Math.min(due.size(), from + batchSize));
      Map<String, Obligation> byId = new HashMap<>();
      obligations
          .byIds(batch.stream().map(DueSchedule.Entry::obligationId).distinct().toList())
          .forEach(o -> byId.put(o.id(), o));
      List<DueSchedule.Entry> next = new ArrayList<>();
      List<DueSchedule.Entry> checked = new ArrayList<>();
      for (DueSchedule.Entry entry : batch) {
        try {
          emitted += check(byId.remove(entry.obligationId()), now, next) ? 1 : 0;
          checked.add(entry);
        } catch (RuntimeException e) {
          log.warn(
              "Checkpoint of obligation {} failed; kept for the next sweep",
              entry.obligationId(),
              e);
        }
      }
      schedule.addAll(next);
      done.addAll(checked);
    }
    return emitted;
  }

  /** Emits what {@code obligation} owes now (null: gone, or a duplicate entry already checked). */
  private boolean check(Obligation obligation, Instant now, List<DueSchedule.Entry> next) {
    if (obligation == null || !obligation.state().awaitingReport()) {
      return false;
    }
    Escalation.Decision decision =
        escalation.decide(
            obligation.dueAt(), obligation.overdueStep(), obligation.dueSoonLead(), now);
    boolean emitted = decision.alert() != null && reminders.emit(obligation, decision.alert());
    if (decision.next() != null) {
      next.add(new DueSchedule.Entry(obligation.id(), decision.next()));
    }
    return emitted;
  }
}
