package vn.dienbien.modelregistry.model;

/**
 * The areas and topics directive 11-CT/TU names (items 11.2, 11.4, 11.7b, 11.7d); a model may
 * address several (in Điện Biên often an ethnic-minority area that is also a border area). Stored
 * by name: the names of earlier versions stay valid.
 */
public enum TargetArea {
  ETHNIC_MINORITY_AREAS(Group.AREA, "vùng đồng bào dân tộc thiểu số"),
  BORDER_AREAS(Group.AREA, "vùng biên giới"),
  REMOTE_AREAS(Group.AREA, "vùng xa"),
  RELIGIOUS_COMMUNITIES(Group.AREA, "địa bàn đông tín đồ tôn giáo"),
  ARMED_FORCES_AREAS(Group.AREA, "vùng đặc thù của lực lượng vũ trang"),
  SECURITY_HOTSPOTS(Group.AREA, "địa bàn trọng điểm, phức tạp về an ninh, trật tự"),
  ADMINISTRATIVE_PROCEDURES(Group.TOPIC, "thủ tục hành chính, cải cách hành chính"),
  COMPENSATION_RESETTLEMENT(Group.TOPIC, "bồi thường - giải phóng mặt bằng - tái định cư"),
  DIALOGUE_AND_PETITIONS(Group.TOPIC, "đối thoại và giải quyết đơn thư"),
  CIVILISED_CUSTOMS(Group.TOPIC, "thay đổi tập quán theo hướng văn minh"),
  CRIME_REPORTING_AND_SECURITY(Group.TOPIC, "tố giác tội phạm và bảo vệ an ninh Tổ quốc"),
  OUTSTANDING_ISSUES(Group.TOPIC, "giải quyết vấn đề tồn đọng"),
  MEMBER_CARE(Group.TOPIC, "chăm lo đoàn viên - hội viên"),
  OTHER(Group.TOPIC, "lĩnh vực khác");

  /** An area (vùng, địa bàn) or a topic (lĩnh vực, vấn đề) the model works on. */
  public enum Group {
    AREA,
    TOPIC
  }

  private final Group group;
  private final String label;

  TargetArea(Group group, String label) {
    this.group = group;
    this.label = label;
  }

  public Group group() {
    return group;
  }

  public String label() {
    return label;
  }
}
