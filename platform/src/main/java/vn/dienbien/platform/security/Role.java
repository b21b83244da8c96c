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
  /**
   * The leadership of the unit in the token's {@code unit} claim (a commune Party committee's
   * standing committee, an agency's leadership): decides at that unit's own level, for that unit
   * only.
   */
  UNIT_APPROVER,
  /** Reads everything, writes nothing (analysts, leaders). */
  VIEWER;

  /** True for roles that act only for the unit in the token's {@code unit} claim. */
  public boolean unitBound() {
    return this == UNIT_OFFICER || this == UNIT_APPROVER;
  }

  public String authority() {
    return "ROLE_" + name();
  }
}
