package vn.dienbien.notification.delivery;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code notification.delivery}.
 *
 * @param quietStart start of the SMS quiet hours (local time, Asia/Ho_Chi_Minh)
 * @param quietEnd end of the SMS quiet hours: deferred SMS go out then
 * @param firstRetry wait after the first transient failure; doubled for each further one
 * @param maxRetryDelay longest wait between attempts
 * @param maxAttempts attempts before a delivery is recorded as failed
 * @param lease how long a sender may hold a delivery; after that, another sender resumes it
 * @param pollInterval how often due deliveries are looked for
 * @param batchSize deliveries handled per sweep
 * @param senders deliveries (e-mail and SMS) sent at the same time, each sender thread on its own
 *     kept-open SMTP connection (default 4)
 */
@ConfigurationProperties("notification.delivery")
public record DeliveryProperties(
    LocalTime quietStart,
    LocalTime quietEnd,
    Duration firstRetry,
    Duration maxRetryDelay,
    Integer maxAttempts,
    Duration lease,
    Duration pollInterval,
    Integer batchSize,
    Integer senders) {

  public DeliveryProperties {
    quietStart = quietStart == null ? LocalTime.of(22, 0) : quietStart;
    quietEnd = quietEnd == null ? LocalTime.of(7, 0) : quietEnd;
    firstRetry = firstRetry == null ? Duration.ofSeconds(30) : firstRetry;
    maxRetryDelay = maxRetryDelay == null ? Duration.ofMinutes(30) : maxRetryDelay;
    maxAttempts = maxAttempts == null ? 6 : maxAttempts;
    lease = lease == null ? Duration.ofSeconds(20) : lease;
    pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
    batchSize = batchSize == null ? 50 : batchSize;
    senders = senders == null ? 4 : senders;
    if (senders < 1) {
      throw new IllegalArgumentException("notification.delivery.senders must be 1 or more");
    }
  }

  public QuietHours quietHours() {
    return new QuietHours(quietStart, quietEnd);
  }

  /** Exponential back-off: firstRetry × 2^(attempts-1), capped. */
  Duration retryDelay(int attempts) {
    long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
    Duration delay = firstRetry.multipliedBy(factor);
    return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
  }
}
