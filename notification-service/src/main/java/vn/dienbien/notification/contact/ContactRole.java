package vn.dienbien.notification.contact;

/** The part an official plays for the unit's directive work; rules address officials by role. */
public enum ContactRole {
  /** Thủ trưởng / người đứng đầu đơn vị. */
  UNIT_HEAD,
  /** Cán bộ đầu mối báo cáo. */
  REPORTING_OFFICER,
  /** Cán bộ theo dõi, đôn đốc (cơ quan theo dõi). */
  MONITORING_OFFICER
}
