package vn.dienbien.modelregistry.commendation;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dienbien.modelregistry.model.Basis;
import vn.dienbien.modelregistry.model.Level;

/**
 * The commendation rounds, as data (application.yml), not code: directive 11-CT/TU item 11.6 asks
 * for commune-level commendation twice and provincial once in each five-year period; a new period
 * or a changed guidance is a configuration change.
 */
@ConfigurationProperties("model-registry.commendation")
public record CommendationCalendar(Cycle cycle, List<CommendationRound> rounds) {

  /**
   * How many times each level commends in a period (item 11.6: cấp xã 02 lần, cấp tỉnh 01 lần in 05
   * năm), as data, with its basis.
   */
  public record Cycle(int periodYears, Map<Level, Integer> times, Basis basis) {

    public Cycle {
      times = times == null ? Map.of() : Map.copyOf(times);
    }

    public int timesFor(Level level) {
      return times.getOrDefault(level, 0);
    }
  }

  public CommendationCalendar {
    cycle = cycle == null ? new Cycle(5, Map.of(), null) : cycle;
    rounds =
        rounds == null
            ? List.of()
            : rounds.stream()
                .sorted(Comparator.comparing(CommendationRound::nominationOpens))
                .toList();
  }

  public Optional<CommendationRound> round(String id) {
    return rounds.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public List<CommendationRound> of(String period, Level level) {
    return rounds.stream().filter(r -> r.period().equals(period) && r.level() == level).toList();
  }
}
