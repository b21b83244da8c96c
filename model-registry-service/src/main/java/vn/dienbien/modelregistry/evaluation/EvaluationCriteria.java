package vn.dienbien.modelregistry.evaluation;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The criteria a survey scores, each with its range, and the total from which the evaluator's board
 * recommends recognition. Configuration, because the guidance (hướng dẫn xét công nhận, item 11.7e)
 * is reissued yearly by Ban Tuyên giáo và Dân vận Tỉnh ủy.
 */
@ConfigurationProperties("model-registry.evaluation")
public record EvaluationCriteria(List<Criterion> criteria, double recommendFrom) {

  public EvaluationCriteria {
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
  }

  /** One criterion (tiêu chí) and the range of its score. */
  public record Criterion(String id, String name, double min, double max) {}

  public double maxTotal() {
    return criteria.stream().mapToDouble(Criterion::max).sum();
  }
}
