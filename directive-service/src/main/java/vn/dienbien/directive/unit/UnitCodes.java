package vn.dienbien.directive.unit;

import java.util.regex.Pattern;

/**
 * The code scheme of units and groups (ASCII upper case, digits and single hyphens), and the shape
 * of the State's administrative codes: 2 digits for a province, 5 for a commune-level unit.
 */
public final class UnitCodes {

  public static final String PATTERN = "^[A-Z0-9]+(-[A-Z0-9]+)*$";
  public static final String OFFICIAL_PATTERN = "^[0-9]{2}([0-9]{3})?$";
  private static final Pattern CODE = Pattern.compile(PATTERN);
  private static final Pattern OFFICIAL = Pattern.compile(OFFICIAL_PATTERN);

  private UnitCodes() {}

  public static boolean isValid(String code) {
    return code != null && code.length() <= 40 && CODE.matcher(code).matches();
  }

  /** Blank (no published code checked yet) or 2 or 5 digits. */
  public static boolean isValidOfficial(String code) {
    return code == null || code.isBlank() || OFFICIAL.matcher(code).matches();
  }
}
