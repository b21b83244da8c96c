package vn.dienbien.notification.digest;

import org.springframework.context.ApplicationContext;

/**
 * Runs the daily-digest job on demand. Its schedule is pushed out of reach in the integration
 * tests, so a digest goes out when a test, having moved the business clock to 07:30, asks for it,
 * never when a timer happens to fire.
 */
public final class DigestJob {

  private DigestJob() {}

  /** Sends every digest due as of the context's business clock. */
  public static void run(ApplicationContext context) {
    context.getBean(DigestSender.class).sweep();
  }
}
