package vn.dienbien.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Chart.js specifications as JSON for {@code <canvas data-chart>} (drawn by charts.js). */
@Component
public class Charts {

  public record Series(String label, List<? extends Number> data, String color) {}

  private final JsonMapper json;

  Charts(JsonMapper json) {
    this.json = json;
  }

  public String bar(List<String> labels, boolean stacked, boolean horizontal, Series... series) {
    return spec("bar", labels, stacked, horizontal, series);
  }

  public String doughnut(List<String> labels, List<? extends Number> values) {
    return spec("doughnut", labels, false, false, new Series("Số lượng", values, null));
  }

  public String line(List<String> labels, Series... series) {
    return spec("line", labels, false, false, series);
  }

  private String spec(
      String type, List<String> labels, boolean stacked, boolean horizontal, Series... series) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("type", type);
    spec.put("labels", labels);
    spec.put("stacked", stacked);
    spec.put("horizontal", horizontal);
    spec.put(
        "datasets",
        java.util.Arrays.stream(series)
            .map(s -> {
              Map<String, Object> set = new LinkedHashMap<>();
              set.put("label", s.label());
              set.put("data", s.data());
              if (s.color() != null) {
                set.put("color", s.color());
              }
              return set;
            })
            .toList());
    return json.writeValueAsString(spec);
  }
}
