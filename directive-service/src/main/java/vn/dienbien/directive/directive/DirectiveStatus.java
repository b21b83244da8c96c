package vn.dienbien.directive.directive;

/** Lifecycle: a draft is edited, then issued (tasks assigned), then superseded or expired. */
public enum DirectiveStatus {
  DRAFT,
  ISSUED,
  SUPERSEDED,
  EXPIRED
}
