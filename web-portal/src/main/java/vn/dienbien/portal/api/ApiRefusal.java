package vn.dienbien.portal.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service refused a request (4xx) and said why in problem+json: Vietnamese title and detail, a
 * stable code, and the message for each offending field, shown beside that field.
 */
public class ApiRefusal extends RuntimeException {

  private final int status;
  private final String title;
  private final String code;
  private final Map<String, String> fieldErrors;

  public ApiRefusal(
      int status, String title, String detail, String code, Map<String, String> fieldErrors) {
    super(detail);
    this.status = status;
    this.title = title;
    this.code = code;
    this.fieldErrors = new LinkedHashMap<>(fieldErrors);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String code() {
    return code == null ? "" : code;
  }

  public String detail() {
    return getMessage();
  }

  /**
   * Field (as the API names it, e.g. {@code results} or {@code tasks[0].deadline.dueDate}) →
   * message.
   */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  /**
   * What to say above a form: the service's detail, or, when it named fields, their messages (shown
   * again beside each field) without the API's field paths.
   */
  public String summary() {
    if (fieldErrors.isEmpty()) {
      return detail();
    }
    return "Vui lòng sửa: "
        + String.join("; ", new java.util.LinkedHashSet<>(fieldErrors.values()))
        + ".";
  }

  public boolean conflict() {
    return status == 409;
  }
}
