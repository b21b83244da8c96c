package vn.dienbien.report.detection;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Detection settings ({@code report.detection.*}).
 *
 * @param dueSoonLeadDays days before the due time at which a due-soon reminder goes out
 * @param escalationDays days after the due time of each overdue step (0 = the due time passed)
 * @param slot width of one slot of the checkpoint schedule (a due index)
 * @param sweepInterval how often the sweep runs
 * @param batchSize checkpoints handled per batch (one read of their obligations)
 */
@ConfigurationProperties("report.detection")
public record DetectionProperties(
    @DefaultValue({"7", "1"}) List<Integer> dueSoonLeadDays,
    @DefaultValue({"0", "1", "7", "30"}) List<Integer> escalationDays,
    @DefaultValue("1h") Duration slot,
    @DefaultValue("1m") Duration sweepInterval,
    @DefaultValue("200") int batchSize) {

  public static DetectionProperties defaults() {
    return new DetectionProperties(
        List.of(7, 1), List.of(0, 1, 7, 30), Duration.ofHours(1), Duration.ofMinutes(1), 200);
  }
}
