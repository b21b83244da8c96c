package vn.dienbien.notification.delivery;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;
import vn.dienbien.notification.message.Channel;

/**
 * One message to one official on one channel because of one event. The id is derived from (event
 * id, contact id, channel), so a redelivered event finds the delivery it already made and creates
 * nothing; the id also serves as the gateway request id and the email Message-ID. The rendered text
 * is kept, so the log shows what was sent; addresses are not (they live in contacts). A delivery
 * held for a digest keeps its line of the digest ({@code digestLine}).
 *
 * <p>Its parts are stored, and shown by the log, flat: one document under the field names of their
 * components ({@code @Unwrapped} with no prefix, {@code @JsonUnwrapped}), the names every query,
 * index and guard on {@code deliveries} uses.
 */
@Document("deliveries")
public record Delivery(
    @Id String id,
    @Unwrapped.Empty @JsonUnwrapped DeliverySource source,
    @Unwrapped.Empty @JsonUnwrapped Addressee to,
    @Unwrapped.Empty @JsonUnwrapped DeliveryContent content,
    @Unwrapped.Empty @JsonUnwrapped State state,
    @Unwrapped.Empty @JsonUnwrapped Outcome outcome,
    Instant createdAt,
    String digestId,
    DigestLine digestLine) {

  /** To whom, by contact id, and how. */
  public record Addressee(String contactId, Channel channel) {}

  /**
   * Where its sending stands: the status, how many times it was taken for sending, when it is due
   * ({@code deferred} once moved out of the SMS quiet hours) and until when a sender holds it.
   */
  public record State(
      DeliveryStatus status, int attempts, Instant dueAt, boolean deferred, Instant leaseUntil) {

    /** In status {@code to}, due as it was; every new state ends the lease. */
    State then(DeliveryStatus to) {
      return new State(to, attempts, dueAt, deferred, null);
    }

    /** Due at {@code due} instead, {@code moved} if out of the quiet hours. */
    State dueAgain(Instant due, boolean moved) {
      return new State(status, attempts, due, moved, null);
    }
  }

  /**
   * How its sending went: who took it last, the message id it gave, the last error (stripped of
   * addresses), an SMS gateway's delivery report, and when it was sent, given up on or cancelled.
   */
  public record Outcome(
      String provider,
      String providerMessageId,
      String lastError,
      String deliveryReport,
      Instant sentAt,
      Instant failedAt,
      Instant cancelledAt) {

    /** Accepted by {@code by}, with its message id if it gave one; no error any more. */
    Outcome sent(String by, String messageId, Instant at) {
      String message = messageId == null ? providerMessageId : messageId;
      return new Outcome(by, message, null, deliveryReport, at, failedAt, cancelledAt);
    }

    /** Not accepted by {@code by}: given up on at {@code failed}, or (null) to be retried. */
    Outcome refused(String by, String reason, Instant failed) {
      Instant failure = failed == null ? failedAt : failed;
      String safe = Redaction.of(reason);
      return new Outcome(by, providerMessageId, safe, deliveryReport, sentAt, failure, cancelledAt);
    }
  }

  /** Kept for the official's digest, not sent on its own (yet). */
  public boolean heldForDigest() {
    return state.status() == DeliveryStatus.HELD;
  }

  /** Taken by its channel: SENT with the provider's message id; the lease ends. */
  Delivery sent(String by, String messageId, Instant now) {
    return with(state.then(DeliveryStatus.SENT), outcome.sent(by, messageId, now), digestId);
  }

  /** A held email that went out inside digest {@code digest}: SENT, as its first attempt. */
  Delivery sentInDigest(String digest, String by, String messageId, Instant now) {
    State sent = new State(DeliveryStatus.SENT, 1, state.dueAt(), state.deferred(), null);
    return with(sent, outcome.sent(by, messageId, now), digest);
  }

  /** Given up on: FAILED, with the reason stripped of addresses; the lease ends. */
  Delivery failed(String by, String reason, Instant now) {
    return with(state.then(DeliveryStatus.FAILED), outcome.refused(by, reason, now), digestId);
  }

  /** Back to wait until {@code due} after a transient failure; the lease ends. */
  Delivery retried(Instant due, String by, String reason) {
    State waiting = state.then(DeliveryStatus.PENDING).dueAgain(due, state.deferred());
    return with(waiting, outcome.refused(by, reason, null), digestId);
  }

  /** Still waiting, moved out of the SMS quiet hours to {@code due}. */
  Delivery deferredTo(Instant due) {
    return with(state.dueAgain(due, true), outcome, digestId);
  }

  /** This delivery in another state; what it was planned with stays. */
  private Delivery with(State next, Outcome result, String digest) {
    return new Delivery(id, source, to, content, next, result, createdAt, digest, digestLine);
  }

  /** The id of the delivery of event {@code eventId} to one official on one channel. */
  public static String idOf(String eventId, String contactId, Channel channel) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((eventId + "|" + contactId + "|" + channel).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
