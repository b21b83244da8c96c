package vn.dienbien.portal.officer;

import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The form keys this session has sent, so a double submit of one filled-in form reaches the service
 * once. report-service's own guard (one pending report per obligation, 409 otherwise) covers what
 * this cannot see, such as two browsers.
 */
final class SubmissionKeys {

  private static final String ATTRIBUTE = SubmissionKeys.class.getName();
  private static final int KEEP = 200;

  private SubmissionKeys() {}

  /** True the first time {@code key} is claimed in this session. */
  static boolean claim(HttpSession session, String key) {
    if (key == null || key.isBlank()) {
      return true;
    }
    return keys(session).add(key);
  }

  /** The send failed before the service stored anything: the same form may be sent again. */
  static void release(HttpSession session, String key) {
    if (key != null) {
      keys(session).remove(key);
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<String> keys(HttpSession session) {
    synchronized (session) {
      Object keys = session.getAttribute(ATTRIBUTE);
      if (keys == null) {
        keys =
            Collections.synchronizedSet(
                Collections.newSetFromMap(
                    new LinkedHashMap<String, Boolean>() {
                      @Override
                      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                        return size() > KEEP;
                      }
                    }));
        session.setAttribute(ATTRIBUTE, keys);
      }
      return (Set<String>) keys;
    }
  }
}
