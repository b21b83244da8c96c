package vn.dienbien.report.obligation;

/**
 * What an extension moved: one obligation, on a request decided here, or every obligation of a
 * fixed-date assignment, following an extension approved in directive-service.
 */
public enum ExtensionScope {
  OBLIGATION,
  ASSIGNMENT
}
