package vn.dienbien.notification.message;

/**
 * What a message is about. Officials choose channels and opt out per kind; rules are written per
 * kind, so a new event type only needs a new kind, a mapping and a rule.
 */
public enum MessageKind {
  TASK_ASSIGNED,
  REPORT_DUE_SOON,
  REPORT_OVERDUE,
  REPORT_SUBMITTED,
  REPORT_RETURNED,
  REPORT_ACCEPTED,
  MODEL_RECOGNISED,
  RECOGNITION_REVOKED,
  COMMENDATION_AWARDED,
  EXTENSION_REQUESTED,
  EXTENSION_DECIDED
}
