package vn.dienbien.notification.channel.sms;

import java.util.Map;
import vn.dienbien.notification.message.MessageKind;

/**
 * How an SMS is written. {@code GSM7}: Vietnamese without marks, one 160-character segment, the
 * cheapest message operators sell; {@code UNICODE}: with diacritics, 70 characters per segment (67
 * when concatenated), so a reminder costs two or three messages.
 */
public enum SmsEncoding {
  GSM7,
  UNICODE;

  /**
   * The encodings of {@code notification.sms.encoding}: routine messages GSM-7 unless their kind
   * says otherwise, critical ones (escalations) Unicode unless set.
   *
   * @param routine the default for routine messages
   * @param critical the default for critical messages
   * @param byKind routine messages of a kind, when they differ from {@code routine}
   */
  public record Policy(
      SmsEncoding routine, SmsEncoding critical, Map<MessageKind, SmsEncoding> byKind) {

    public Policy {
      routine = routine == null ? GSM7 : routine;
      critical = critical == null ? UNICODE : critical;
      byKind = byKind == null ? Map.of() : Map.copyOf(byKind);
    }

    public SmsEncoding of(MessageKind kind, boolean isCritical) {
      return isCritical ? critical : byKind.getOrDefault(kind, routine);
    }
  }
}
