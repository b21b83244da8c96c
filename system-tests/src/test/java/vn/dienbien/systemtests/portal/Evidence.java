package vn.dienbien.systemtests.portal;

import java.util.Base64;

/** A small real image to attach as evidence (a 1×1 PNG). */
final class Evidence {

  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

  private Evidence() {}
}
