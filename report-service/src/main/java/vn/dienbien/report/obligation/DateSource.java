package vn.dienbien.report.obligation;

/**
 * Who set a milestone's date: the directive's text, the province, or nobody yet, in which case the
 * date is a default the province must confirm (the period's label says so).
 */
public enum DateSource {
  DIRECTIVE,
  PROVINCE,
  PROVINCE_DEFAULT
}
