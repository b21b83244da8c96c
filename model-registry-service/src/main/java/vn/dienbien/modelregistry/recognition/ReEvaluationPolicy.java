package vn.dienbien.modelregistry.recognition;

import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When re-evaluations fall due (item 11.6: "đánh giá lại mô hình sau khi công nhận", yearly) and
 * how early the reminder goes out.
 */
@ConfigurationProperties("model-registry.re-evaluation")
public record ReEvaluationPolicy(
    @DefaultValue("--11-30") MonthDay dueDay,
    @DefaultValue("P30D") Period reminderLead,
    @DefaultValue("PT15M") Duration sweepInterval) {

  /** The re-evaluation of {@code year} is due on the due day of that year. */
  public LocalDate dueFor(int year) {
    return dueDay.atYear(year);
  }

  /** After a judgement for {@code year} (recognition or re-evaluation), the next one is due. */
  public LocalDate nextAfter(int year) {
    return dueFor(year + 1);
  }
}
