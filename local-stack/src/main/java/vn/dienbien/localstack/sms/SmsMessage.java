package vn.dienbien.localstack.sms;

import java.time.Instant;

/**
 * One SMS accepted by the local gateway.
 *
 * @param messageId id returned to the caller (generic {@code messageId}, eSMS {@code SMSID})
 * @param requestId caller's idempotency key, may be null for eSMS calls without one
 * @param to destination number as sent
 * @param sender sender name / brandname
 * @param text message text as sent
 * @param provider which API received it: {@code generic} or {@code esms}
 * @param segments number of SMS segments the text needs (GSM-7 160/153, UCS-2 70/67)
 * @param unicode true when the text is sent as UCS-2
 * @param receivedAt when the gateway accepted it
 */
public record SmsMessage(
    String messageId,
    String requestId,
    String to,
    String sender,
    String text,
    String provider,
    int segments,
    boolean unicode,
    Instant receivedAt) {

  public static final String GENERIC = "generic";
  public static final String ESMS = "esms";
}
