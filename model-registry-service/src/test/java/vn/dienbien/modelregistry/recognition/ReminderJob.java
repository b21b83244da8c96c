package vn.dienbien.modelregistry.recognition;

import org.springframework.context.ApplicationContext;

/**
 * Runs the re-evaluation reminder job on demand. Its schedule is pushed out of reach in the
 * integration tests, so a reminder goes out exactly when a test, having moved the business clock,
 * asks for it, never when a timer happens to fire.
 */
public final class ReminderJob {

  private ReminderJob() {}

  /** One sweep of the context's job as of its business clock; returns the reminders it sent. */
  public static int sweep(ApplicationContext context) {
    return context.getBean(ReEvaluationReminder.class).sweepNow();
  }
}
