package vn.dienbien.localstack.sms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Thread-safe in-memory store of accepted SMS, with per-provider idempotency and simulated outages.
 */
final class SmsStore {

  private static final int MAX_KEPT = 10_000;

  private final List<SmsMessage> messages = new ArrayList<>();
  private final Map<String, SmsMessage> byRequestId = new HashMap<>();
  private int replays;
  private int failuresLeft;
  private int failureStatus;

  /** Outcome of {@link #store}: the stored (or earlier) message and whether it was a replay. */
  record Stored(SmsMessage message, boolean duplicate) {}

  /**
   * Stores the message unless one with the same provider and requestId exists; then returns that
   * one.
   */
  synchronized Stored store(SmsMessage candidate) {
    String key =
        candidate.requestId() == null ? null : candidate.provider() + ':' + candidate.requestId();
    if (key != null) {
      SmsMessage earlier = byRequestId.get(key);
      if (earlier != null) {
        replays++;
        return new Stored(earlier, true);
      }
      byRequestId.put(key, candidate);
    }
    messages.add(candidate);
    if (messages.size() > MAX_KEPT) {
      messages.remove(0);
    }
    return new Stored(candidate, false);
  }

  synchronized List<SmsMessage> all() {
    return List.copyOf(messages);
  }

  /** Requests that repeated an earlier requestId and were answered without sending again. */
  synchronized int replays() {
    return replays;
  }

  synchronized void failNext(int count, int httpStatus) {
    if (count < 0 || httpStatus < 100 || httpStatus > 599) {
      throw new IllegalArgumentException("count must be >= 0 and httpStatus a valid HTTP status");
    }
    failuresLeft = count;
    failureStatus = httpStatus;
  }

  /** Returns the HTTP status to fail this request with, or 0 when no outage is armed. */
  synchronized int takeFailure() {
    if (failuresLeft == 0) {
      return 0;
    }
    failuresLeft--;
    return failureStatus;
  }

  synchronized void reset() {
    messages.clear();
    byRequestId.clear();
    replays = 0;
    failuresLeft = 0;
    failureStatus = 0;
  }
}
