package vn.dienbien.localstack.sms;

import java.time.Instant;
import java.util.List;

/**
 * SMS that notification-service has written but holds back (quiet hours 22:00–07:00): they have not
 * reached the gateway, so the gateway's own store cannot know them; the viewer asks the service
 * that holds them.
 */
public interface HeldSms {

  /** What the holder said, or why it could not be asked. */
  Held fetch();

  /**
   * @param messages the held messages read (at most one page)
   * @param total how many SMS the holder has waiting in all
   * @param unavailable why the holder could not be read, or null
   */
  record Held(List<Message> messages, long total, String unavailable) {

    static Held unavailable(String why) {
      return new Held(List.of(), 0, why);
    }
  }

  /** One held SMS: its text, for whom, and when it will go out. */
  record Message(String id, String unitId, String contactId, String text, Instant dueAt) {}
}
