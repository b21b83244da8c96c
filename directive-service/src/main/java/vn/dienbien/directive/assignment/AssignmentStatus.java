package vn.dienbien.directive.assignment;

/** open → (extended) → closed when the final report is accepted. */
public enum AssignmentStatus {
  OPEN,
  EXTENDED,
  CLOSED
}
