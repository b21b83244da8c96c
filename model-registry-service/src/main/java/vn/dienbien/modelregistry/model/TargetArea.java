package vn.dienbien.modelregistry.model;

/** The priority areas directive 11-CT/TU names (items 11.2, 11.4, 11.7b–d). */
public enum TargetArea {
  ADMINISTRATIVE_PROCEDURES("giải quyết thủ tục hành chính"),
  COMPENSATION_RESETTLEMENT("bồi thường - giải phóng mặt bằng - tái định cư"),
  OUTSTANDING_ISSUES("giải quyết vấn đề tồn đọng"),
  ETHNIC_MINORITY_AREAS("vùng đồng bào dân tộc thiểu số"),
  BORDER_AREAS("vùng biên giới"),
  RELIGIOUS_COMMUNITIES("địa bàn đông tín đồ tôn giáo"),
  SECURITY_HOTSPOTS("địa bàn trọng điểm, phức tạp về an ninh, trật tự"),
  MEMBER_CARE("chăm lo đoàn viên - hội viên"),
  OTHER("lĩnh vực khác");

  private final String label;

  TargetArea(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
