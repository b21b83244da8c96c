package vn.dienbien.directive.assignment;

/** The lead carries the responsibility; coordinators contribute. */
public enum Role {
  LEAD,
  COORDINATING
}
