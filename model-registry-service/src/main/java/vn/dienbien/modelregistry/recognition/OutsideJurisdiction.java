package vn.dienbien.modelregistry.recognition;

import vn.dienbien.modelregistry.model.Level;

/**
 * A decision at a level the caller does not hold for that unit. The message names no unit, so a
 * refused caller learns nothing about whose model it is.
 */
public class OutsideJurisdiction extends RuntimeException {

  private final Level level;

  public OutsideJurisdiction(Level level) {
    super(
        level == Level.PROVINCE
            ? "Chỉ Ban Tuyên giáo và Dân vận Tỉnh ủy được đánh giá, công nhận, khen thưởng cấp tỉnh"
            : "Chỉ lãnh đạo đơn vị (Ban Thường vụ Đảng ủy xã, phường; lãnh đạo cơ quan, đơn vị) được"
                + " đánh giá, công nhận, khen thưởng cấp xã cho mô hình, tập thể, cá nhân của đơn"
                + " vị mình");
    this.level = level;
  }

  public Level level() {
    return level;
  }
}
