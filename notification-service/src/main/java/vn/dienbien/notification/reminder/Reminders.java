package vn.dienbien.notification.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dienbien.notification.delivery.Deliveries;
import vn.dienbien.notification.delivery.DeliveryMetrics;

/**
 * Voids reminders already planned when the obligation they are about moves on: the report came in,
 * was reviewed, or its due date was extended. Only deliveries still waiting (or held for a digest)
 * are cancelled; one being sent or already sent stays as it is.
 */
@Service
class Reminders {

  private final ReminderIndex reminders;
  private final Deliveries deliveries;
  private final DeliveryMetrics metrics;
  private final Clock clock;

  Reminders(ReminderIndex reminders, Deliveries deliveries, DeliveryMetrics metrics, Clock clock) {
    this.reminders = reminders;
    this.deliveries = deliveries;
    this.metrics = metrics;
    this.clock = clock;
  }

  /** The report of an obligation is in: its waiting reminders are void. */
  int reportSubmitted(String obligationId) {
    if (obligationId == null) {
      return 0;
    }
    return cancel(reminders.submitted(obligationId, clock.instant()));
  }

  /**
   * An approved extension moved the obligation's due date to {@code dueOn}: reminders about the old
   * date still waiting (quiet hours, digest) are cancelled; report-service plans the new ones.
   */
  int dueDateMoved(String obligationId, LocalDate dueOn) {
    return cancel(reminders.moved(obligationId, dueOn));
  }

  /** The report was reviewed: news that it awaits review, not sent yet, is void. */
  void reportReviewed(String obligationId) {
    if (obligationId != null) {
      reminders.reviewed(obligationId).forEach(deliveries::cancel);
    }
  }

  /** The report was returned for rework: reminders for the obligation count again. */
  void reportReturned(String obligationId) {
    if (obligationId != null) {
      reminders.reopened(obligationId);
    }
  }

  private int cancel(List<String> deliveryIds) {
    int cancelled = 0;
    for (String id : deliveryIds) {
      var delivery = deliveries.find(id);
      if (delivery.isPresent() && deliveries.cancel(id)) {
        cancelled++;
        metrics.cancelled(delivery.get().to().channel());
      }
    }
    return cancelled;
  }
}
