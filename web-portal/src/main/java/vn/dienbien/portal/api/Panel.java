package vn.dienbien.portal.api;

import java.util.function.Supplier;

/**
 * What one part of a page shows: its data, or why it has none. A service that is down or refuses
 * costs only its own panel; the rest of the page works.
 *
 * @param down true when the service did not answer (as opposed to refusing the request)
 */
public record Panel<T>(T data, String error, boolean down) {

  public static <T> Panel<T> load(Supplier<T> loader) {
    try {
      return new Panel<>(loader.get(), null, false);
    } catch (ServiceDown e) {
      return new Panel<>(null, e.getMessage(), true);
    } catch (ApiRefusal e) {
      return new Panel<>(null, e.detail(), false);
    }
  }

  public boolean ok() {
    return error == null;
  }
}
