package vn.dienbien.modelregistry.evaluation;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dienbien.modelregistry.model.Basis;

/**
 * The criteria a survey scores, each with its range, and the total from which the evaluator's board
 * recommends recognition. Configuration, because the guidance (hướng dẫn xét công nhận, item 11.7e)
 * is reissued yearly by Ban Tuyên giáo và Dân vận Tỉnh ủy.
 */
@ConfigurationProperties("model-registry.evaluation")
public record EvaluationCriteria(
    List<Criterion> criteria, double recommendFrom, Basis recommendFromBasis) {

  public EvaluationCriteria {
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
    recommendFromBasis = orProvinceChoice(recommendFromBasis);
  }

  /**
   * One criterion (tiêu chí) and the range of its score; {@code basis} says whether the directive
   * names it (item 11.6) or the province chose it. The ranges are always the province's choice.
   */
  public record Criterion(String id, String name, double min, double max, Basis basis) {

    public Criterion {
      basis = orProvinceChoice(basis);
    }
  }

  /**
   * Unlabelled configuration is the province's choice: nothing passes for the directive's words.
   */
  private static Basis orProvinceChoice(Basis basis) {
    return basis == null
        ? Basis.provinceChoice("Cấu hình của tỉnh, Chỉ thị không quy định")
        : basis;
  }

  public double maxTotal() {
    return criteria.stream().mapToDouble(Criterion::max).sum();
  }
}
