package vn.dienbien.directive.unit;

import java.util.regex.Pattern;

/** The code scheme of units and groups: ASCII upper case, digits and single hyphens. */
public final class UnitCodes {

  public static final String PATTERN = "^[A-Z0-9]+(-[A-Z0-9]+)*$";
  private static final Pattern CODE = Pattern.compile(PATTERN);

  private UnitCodes() {}

  public static boolean isValid(String code) {
    return code != null && code.length() <= 40 && CODE.matcher(code).matches();
  }
}
