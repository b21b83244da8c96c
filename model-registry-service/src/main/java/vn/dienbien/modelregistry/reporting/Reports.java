package vn.dienbien.modelregistry.reporting;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelFilter;
import vn.dienbien.modelregistry.model.Models;
import vn.dienbien.modelregistry.model.Recognition;

/** Statistics and exports over the registry, for the monitoring body's periodic report. */
@Service
public class Reports {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final List<String> MODEL_HEADERS =
      List.of(
          "Mã",
          "Loại",
          "Tên mô hình/điển hình",
          "Đơn vị",
          "Lĩnh vực",
          "Đối tượng, địa bàn",
          "Trạng thái",
          "Năm đăng ký",
          "Công nhận (cấp/năm/số QĐ/ngày)",
          "Mẫu minh họa");
  static final List<String> STATISTICS_HEADERS =
      List.of(
          "Năm",
          "Lĩnh vực",
          "Đăng ký mới",
          "Công nhận cấp xã",
          "Công nhận cấp tỉnh",
          "Duy trì hiệu quả",
          "Không còn hiệu quả");

  private final Models models;

  Reports(Models models) {
    this.models = models;
  }

  public List<YearlyStatistics.Row> yearly(int fromYear, int toYear, String unitId) {
    ModelFilter filter = new ModelFilter(null, unitId, null, null, null, null, null, null);
    return YearlyStatistics.of(models.find(filter.toQuery()), fromYear, toYear);
  }

  public Table statisticsTable(int fromYear, int toYear, String unitId) {
    var rows =
        yearly(fromYear, toYear, unitId).stream()
            .map(r ->
                List.<Object>of(
                    r.year(),
                    r.fieldLabel(),
                    r.registeredNew(),
                    r.recognisedCommune(),
                    r.recognisedProvince(),
                    r.sustained(),
                    r.lapsed()))
            .toList();
    return new Table("Thống kê", STATISTICS_HEADERS, rows);
  }

  public Table modelsTable(ModelFilter filter) {
    var rows = models.find(filter.toQuery()).stream().map(Reports::modelRow).toList();
    return new Table("Mô hình, điển hình", MODEL_HEADERS, rows);
  }

  private static List<Object> modelRow(Model m) {
    String years =
        m.registrations().stream()
            .map(r -> r.year() + " (" + r.level().label() + ")")
            .reduce((a, b) -> a + "; " + b)
            .orElse("");
    String recognitions =
        m.recognitions().stream().map(Reports::describe).reduce((a, b) -> a + "; " + b).orElse("");
    var p = m.profile();
    return List.of(
        m.id(),
        m.kind().label(),
        p.name(),
        m.unitName(),
        p.field().label(),
        String.join("; ", p.targetAreaLabels()),
        m.status().label(),
        years,
        recognitions,
        m.sample() ? "Có" : "");
  }

  private static String describe(Recognition r) {
    return r.level().label()
        + " "
        + r.year()
        + ", "
        + r.decision().number()
        + " ngày "
        + r.decision().date().format(DATE)
        + (r.revoked() ? " (đã thu hồi)" : "");
  }
}
