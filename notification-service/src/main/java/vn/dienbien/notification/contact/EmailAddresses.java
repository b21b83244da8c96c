package vn.dienbien.notification.contact;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks addresses more strictly than {@code @Email} (which accepts "a@b"): a mail server must be
 * able to route it, so the domain needs a dot and no spaces.
 */
public final class EmailAddresses {

  private static final Pattern ADDRESS =
      Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");

  private EmailAddresses() {}

  /** The address with its domain in lower case, or empty when it cannot be routed. */
  public static Optional<String> normalise(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String address = raw.strip();
    if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
      return Optional.empty();
    }
    int at = address.lastIndexOf('@');
    return Optional.of(address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT));
  }
}
