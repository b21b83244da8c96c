package vn.dienbien.notification.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dienbien.notification.contact.Contact;
import vn.dienbien.notification.contact.Contacts;

/**
 * {@code notification.demo.enabled} is read when the runner runs (the bean exists either way, as in
 * a Spring AOT bean graph; the soak and the bench switch it off under the local profile).
 */
class DemoContactsTests {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2027-06-15T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

  private final List<Object> saved = new ArrayList<>();
  private final List<String> calls = new ArrayList<>();

  @Test
  void switchedOffNoContactIsWritten() {
    new DemoContacts(contacts(), CLOCK, false).run(null);
    assertThat(calls).isEmpty();
  }

  @Test
  void switchedOnTheSevenDemoOfficialsAreWritten() {
    new DemoContacts(contacts(), CLOCK, true).run(null);
    assertThat(calls).containsExactly("saveAll");
    assertThat(saved).hasSize(7).allSatisfy(c -> assertThat(c).isInstanceOf(Contact.class));
  }

  private Contacts contacts() {
    return (Contacts)
        Proxy.newProxyInstance(
            Contacts.class.getClassLoader(),
            new Class<?>[] {Contacts.class},
            (proxy, method, args) -> {
              calls.add(method.getName());
              if (method.getName().equals("saveAll")) {
                ((Iterable<?>) args[0]).forEach(saved::add);
                return List.copyOf(saved);
              }
              return null;
            });
  }
}
