package vn.dienbien.portal.web;

/** What a form field sends to an API: nothing typed is no value, not an empty one. */
public final class Forms {

  private Forms() {}

  public static String blank(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
