package vn.dienbien.modelregistry.recognition;

import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.platform.refusal.Refusal;

/**
 * A decision at a level the caller does not hold for that unit. The message names no unit, so a
 * refused caller learns nothing about whose model it is. Answered 403 {@code outside-jurisdiction}.
 */
public class OutsideJurisdiction extends Refusal {

  private final Level level;

  public OutsideJurisdiction(Level level) {
    super(
        Kind.FORBIDDEN,
        "outside-jurisdiction",
        level == Level.PROVINCE
            ? "Chỉ Ban Tuyên giáo và Dân vận Tỉnh ủy được đánh giá, công nhận, khen thưởng cấp tỉnh"
            : "Chỉ lãnh đạo đơn vị (Ban Thường vụ Đảng ủy xã, phường; lãnh đạo cơ quan, đơn vị) được"
                + " đánh giá, công nhận, khen thưởng cấp xã cho mô hình, tập thể, cá nhân của đơn"
                + " vị mình",
        java.util.List.of());
    this.level = level;
  }

  public Level level() {
    return level;
  }
}
