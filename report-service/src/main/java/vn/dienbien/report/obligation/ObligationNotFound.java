package vn.dienbien.report.obligation;

/** No such obligation, or no such request on it: {@code what} in Vietnamese. The web layer: 404. */
public class ObligationNotFound extends RuntimeException {

  private final String what;
  private final String id;

  public ObligationNotFound(String what, String id) {
    super(what + " " + id);
    this.what = what;
    this.id = id;
  }

  public String what() {
    return what;
  }

  public String id() {
    return id;
  }
}
