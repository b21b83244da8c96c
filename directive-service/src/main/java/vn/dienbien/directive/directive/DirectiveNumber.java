package vn.dienbien.directive.directive;

import java.util.regex.Pattern;
import vn.dienbien.platform.validation.Diacritics;

/**
 * A document number (số hiệu) such as {@code 06-CT/TU}: sequence, document kind, issuing body. The
 * directive's id is derived from it ({@code 06-ct-tu}), which makes the number unique by
 * construction and gives officials readable URLs.
 */
public final class DirectiveNumber {

  public static final String PATTERN = "^[0-9]{1,4}-[A-ZĐ]{2,4}/[A-ZĐ]{2,10}(-[A-ZĐ]{2,10})?$";
  private static final Pattern FORMAT = Pattern.compile(PATTERN);

  private DirectiveNumber() {}

  public static boolean isValid(String number) {
    return number != null && FORMAT.matcher(number).matches();
  }

  public static String idOf(String number) {
    return Diacritics.fold(number).replace('/', '-');
  }
}
