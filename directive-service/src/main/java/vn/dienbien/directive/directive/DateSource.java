package vn.dienbien.directive.directive;

/**
 * Who set a milestone's date: the directive's text, the province, or a provincial default while the
 * province has not decided.
 */
public enum DateSource {
  DIRECTIVE,
  PROVINCE,
  PROVINCE_DEFAULT
}
