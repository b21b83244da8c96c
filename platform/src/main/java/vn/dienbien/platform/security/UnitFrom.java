package vn.dienbien.platform.security;

/**
 * Where a unit-scoped rule finds the unit a request acts for, so the platform can compare it with a
 * UNIT_OFFICER's {@code unit} claim before the controller runs.
 *
 * @param source where to look
 * @param name the path variable, query parameter or top-level JSON field; empty otherwise
 */
public record UnitFrom(Source source, String name) {

  public enum Source {
    /** The unit is the token's own (services read it from X-Unit-Id, which the platform sets). */
    TOKEN,
    PATH,
    QUERY,
    BODY,
    /** The service loads the resource and calls {@code CurrentActor.requireUnit(owner)}. */
    SERVICE
  }

  public static UnitFrom token() {
    return new UnitFrom(Source.TOKEN, "");
  }

  public static UnitFrom path(String variable) {
    return new UnitFrom(Source.PATH, variable);
  }

  public static UnitFrom query(String parameter) {
    return new UnitFrom(Source.QUERY, parameter);
  }

  public static UnitFrom body(String field) {
    return new UnitFrom(Source.BODY, field);
  }

  public static UnitFrom service() {
    return new UnitFrom(Source.SERVICE, "");
  }

  @Override
  public String toString() {
    return name.isEmpty() ? source.name().toLowerCase() : source.name().toLowerCase() + ":" + name;
  }
}
