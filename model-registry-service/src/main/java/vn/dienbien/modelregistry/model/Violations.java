package vn.dienbien.modelregistry.model;

import vn.dienbien.modelregistry.violation.Violation;

/** Lifecycle rules a request breaks: a conflict with a stable code or an invalid field. */
final class Violations {

  private Violations() {}

  static Violation conflict(String code, String detail) {
    return Violation.conflict(code, detail);
  }

  static Violation invalid(String field, String message) {
    return Violation.invalid(field, message);
  }
}
