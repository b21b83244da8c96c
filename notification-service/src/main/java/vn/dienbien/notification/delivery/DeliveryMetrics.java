package vn.dienbien.notification.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.dienbien.notification.message.Channel;

/** The numbers an operator watches: what went out, what failed, what waits, how late. */
@Component
public class DeliveryMetrics {

  private final MeterRegistry meters;

  DeliveryMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  public void created(Channel channel, String kind) {
    meters.counter("notifications.created", "channel", channel.name(), "kind", kind).increment();
  }

  void sent(Channel channel, String provider, Duration sinceEvent) {
    meters
        .counter("notifications.sent", "channel", channel.name(), "provider", provider)
        .increment();
    meters
        .timer("notifications.latency", "channel", channel.name())
        .record(sinceEvent.isNegative() ? Duration.ZERO : sinceEvent);
  }

  void failed(Channel channel, String provider, String cause) {
    meters
        .counter(
            "notifications.failed", "channel", channel.name(), "provider", provider, "cause", cause)
        .increment();
  }

  void retried(Channel channel, String provider) {
    meters
        .counter("notifications.retried", "channel", channel.name(), "provider", provider)
        .increment();
  }

  public void deferred(Channel channel) {
    meters.counter("notifications.deferred", "channel", channel.name()).increment();
  }

  public void cancelled(Channel channel) {
    meters.counter("notifications.cancelled", "channel", channel.name()).increment();
  }

  public void held() {
    meters.counter("notifications.digest.held").increment();
  }

  public void digestSent(int items) {
    meters.counter("notifications.digest.sent").increment();
    meters.counter("notifications.digest.items").increment(items);
  }

  public void digestReleased(int items) {
    meters.counter("notifications.digest.released").increment(items);
  }
}
