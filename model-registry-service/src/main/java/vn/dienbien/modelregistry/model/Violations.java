package vn.dienbien.modelregistry.model;

import vn.dienbien.platform.web.ApiProblem;

/** Lifecycle rules a request breaks: 409 with a stable code and a Vietnamese explanation. */
final class Violations {

  private Violations() {}

  static ApiProblem conflict(String code, String detail) {
    return ApiProblem.conflict(code, detail);
  }

  static ApiProblem invalid(String field, String message) {
    return ApiProblem.invalidField(field, message);
  }
}
