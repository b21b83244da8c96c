package vn.dienbien.modelregistry.recognition;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelLifecycle;
import vn.dienbien.modelregistry.model.Models;
import vn.dienbien.modelregistry.model.Recognition;
import vn.dienbien.platform.lock.Leases;
import vn.dienbien.platform.refusal.Refusal;

/**
 * Publishes {@code re-evaluation-due} once per recognition and due date, {@code reminderLead}
 * ahead. One instance sweeps at a time (ShedLock); the schedule is a due index, so the cost follows
 * what is due. An entry is written before its model: one whose recognition is not there yet is left
 * alone for a few minutes (the model write may be under way), then dropped as a failed write.
 */
@Component
class ReEvaluationReminder {

  private static final Logger log = LoggerFactory.getLogger(ReEvaluationReminder.class);
  static final int BATCH = 200;

  private final ReEvaluationSchedule schedule;
  private final ReEvaluationPolicy policy;
  private final Models models;
  private final Clock clock;
  private final MeterRegistry meters;

  ReEvaluationReminder(
      ReEvaluationSchedule schedule,
      ReEvaluationPolicy policy,
      Models models,
      Clock clock,
      MeterRegistry meters) {
    this.schedule = schedule;
    this.policy = policy;
    this.models = models;
    this.clock = clock;
    this.meters = meters;
  }

  @Scheduled(
      fixedDelayString = "${model-registry.re-evaluation.sweep-interval:PT15M}",
      initialDelayString = "${model-registry.re-evaluation.initial-delay:PT5S}")
  @SchedulerLock(name = "model-registry.re-evaluation-reminder", lockAtMostFor = Leases.AT_MOST)
  void sweep() {
    meters.timer("re_evaluations.sweep").record(this::sweepNow);
  }

  /** Sends every reminder due by today + lead; returns how many were sent. */
  int sweepNow() {
    LocalDate horizon = LocalDate.now(clock).plus(policy.reminderLead());
    int sent = 0;
    List<ReEvaluationSchedule.Entry> due = schedule.dueBy(horizon, BATCH);
    while (!due.isEmpty()) {
      for (ReEvaluationSchedule.Entry entry : due) {
        sent += remind(entry) ? 1 : 0;
      }
      due = due.size() < BATCH ? List.of() : schedule.dueAfter(due.getLast(), horizon, BATCH);
    }
    return sent;
  }

  private boolean remind(ReEvaluationSchedule.Entry entry) {
    Model model = models.find(entry.modelId()).orElse(null);
    Recognition recognition =
        model == null ? null : model.recognition(entry.recognitionId()).orElse(null);
    if (recognition == null && entry.justPlanned()) {
      return false; // the model write that follows the entry may still be under way
    }
    boolean stillDue =
        recognition != null
            && !recognition.revoked()
            && entry.dueDate().equals(recognition.nextReEvaluationDue())
            && !entry.dueDate().equals(recognition.remindedFor());
    try {
      if (stillDue) {
        models.update(model, ModelLifecycle.remindReEvaluation(model, recognition));
        meters.counter("re_evaluations.due", "level", recognition.level().name()).increment();
      }
      schedule.remove(entry);
      return stillDue;
    } catch (Refusal concurrentChange) {
      log.info("Model {} changed during the reminder sweep; retrying next sweep", entry.modelId());
      return false;
    }
  }
}
