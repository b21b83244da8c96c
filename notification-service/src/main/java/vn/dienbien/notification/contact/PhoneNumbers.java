package vn.dienbien.notification.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Optional;

/** Vietnamese mobile numbers as officials write them ("0912 345 678", "+84 912…") → E.164. */
public final class PhoneNumbers {

  private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

  private PhoneNumbers() {}

  /** The E.164 form of a valid mobile number (SMS needs a mobile), or empty. */
  public static Optional<String> normaliseMobile(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      PhoneNumber number = UTIL.parse(raw.strip(), "VN");
      if (!UTIL.isValidNumberForRegion(number, "VN") || !isMobile(UTIL.getNumberType(number))) {
        return Optional.empty();
      }
      return Optional.of(UTIL.format(number, PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }

  private static boolean isMobile(PhoneNumberType type) {
    return type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
  }
}
