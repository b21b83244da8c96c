package vn.dienbien.platform.security;

/**
 * What a person may do, carried in the token's {@code roles} claim. Spring authorities are {@code
 * ROLE_<name>}.
 */
public enum Role {
  /** Units directory, contacts, configuration. */
  ADMIN,
  /** Văn phòng Tỉnh ủy: drafts and issues directives. */
  EDITOR,
  /** Ban Tuyên giáo và Dân vận: reviews reports, decides extensions, evaluates models. */
  MONITOR,
  /** Acts only for the unit in the token's {@code unit} claim. */
  UNIT_OFFICER,
  /** Reads everything, writes nothing (analysts, leaders). */
  VIEWER;

  public String authority() {
    return "ROLE_" + name();
  }
}
