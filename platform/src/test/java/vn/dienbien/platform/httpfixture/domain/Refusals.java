package vn.dienbien.platform.httpfixture.domain;

import vn.dienbien.platform.web.ApiProblem;

/**
 * Fixture: a domain rule that refuses with the platform's problem details (breaks the HTTP rule).
 */
public final class Refusals {

  private Refusals() {}

  public static void requireUnit(String unitId) {
    if (unitId == null) {
      throw ApiProblem.invalidField("unitId", "bắt buộc");
    }
  }
}
