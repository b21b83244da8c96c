package vn.dienbien.directive.unit;

/** Where a unit sits: the province or a commune. */
public enum Level {
  PROVINCE,
  COMMUNE
}
