package vn.dienbien.modelregistry.demo;

import java.time.LocalDate;
import java.util.List;
import vn.dienbien.modelregistry.model.ExemplarType;
import vn.dienbien.modelregistry.model.Field;
import vn.dienbien.modelregistry.model.Kind;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.ModelRegistry.NewModel;
import vn.dienbien.modelregistry.model.Profile;
import vn.dienbien.modelregistry.model.TargetArea;

/** The sample models a newcomer sees on the local stack; names say "Mẫu minh họa". */
final class DemoModels {

  static final String PREFIX = "[Mẫu minh họa] ";

  private DemoModels() {}

  record Sample(String id, NewModel model) {}

  static List<Sample> all() {
    return List.of(
        new Sample(
            "MAU-MH-01",
            new NewModel(
                Kind.MODEL,
                "XA-MUONG-NHE",
                profile(
                    "Mô hình \"Dân vận khéo\" trong giải quyết thủ tục hành chính tại Bộ phận một cửa xã Mường Nhé",
                    null,
                    Field.POLITICAL_SYSTEM,
                    List.of(TargetArea.ADMINISTRATIVE_PROCEDURES),
                    "Hướng dẫn tận tình bằng tiếng dân tộc, trả kết quả tại nhà cho người cao tuổi, người khuyết tật",
                    new Profile.Result("Tỷ lệ hồ sơ giải quyết trước và đúng hạn", "98,5%")),
                2025,
                Level.COMMUNE,
                true)),
        new Sample(
            "MAU-MH-02",
            new NewModel(
                Kind.MODEL,
                "PHUONG-DIEN-BIEN-PHU",
                profile(
                    "Mô hình \"Dân vận khéo\" trong bồi thường, giải phóng mặt bằng, tái định cư phường Điện Biên Phủ",
                    null,
                    Field.ECONOMY,
                    List.of(TargetArea.COMPENSATION_RESETTLEMENT),
                    "Tổ công tác đối thoại với từng hộ dân, công khai phương án bồi thường tại nhà văn hóa tổ dân phố",
                    new Profile.Result("Số hộ bàn giao mặt bằng đúng tiến độ", "142/150 hộ")),
                2025,
                Level.COMMUNE,
                true)),
        new Sample(
            "MAU-DH-03",
            new NewModel(
                Kind.EXEMPLAR,
                "XA-NA-HY",
                profile(
                    "Điển hình cá nhân: người có uy tín vận động đồng bào giữ gìn an ninh vùng biên xã Nà Hỳ",
                    ExemplarType.INDIVIDUAL,
                    Field.DEFENCE_SECURITY,
                    List.of(TargetArea.ETHNIC_MINORITY_AREAS, TargetArea.BORDER_AREAS),
                    "Vận động bà con không nghe, không theo kẻ xấu; phối hợp đồn biên phòng tuyên truyền pháp luật",
                    new Profile.Result("Số buổi tuyên truyền tại bản", "24 buổi/năm")),
                2026,
                Level.COMMUNE,
                true)),
        new Sample(
            "MAU-MH-04",
            new NewModel(
                Kind.MODEL,
                "XA-NA-HY",
                profile(
                    "Mô hình \"Dân vận khéo\" chăm lo hội viên phụ nữ nghèo xã Nà Hỳ",
                    null,
                    Field.CULTURE_SOCIETY,
                    List.of(TargetArea.MEMBER_CARE),
                    "Tổ tiết kiệm xoay vòng vốn cho hội viên phụ nữ nghèo",
                    new Profile.Result("Số hội viên được hỗ trợ vốn", "18 hội viên")),
                2026,
                Level.COMMUNE,
                true)));
  }

  private static Profile profile(
      String name,
      ExemplarType type,
      Field field,
      List<TargetArea> areas,
      String description,
      Profile.Result result) {
    return new Profile(
        PREFIX + name,
        type,
        field,
        null,
        areas,
        description,
        LocalDate.of(2025, 7, 1),
        List.of(result),
        List.of(),
        "11-CT/TU#11.2");
  }
}
