package vn.dienbien.localstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchResultTests {

  @Test
  void theClosingLineHasTheIssuesFieldsInOrder() {
    var line = new BenchResult.Line(0.0623, 0.00712, 0.5, 1234, 2.84, 301);
    assertThat(line.format())
        .isEqualTo(
            "bench: submit_ratio=0.062 relay_ratio=0.007 consumer_ratio=0.500"
                + " notify_p99_ms=1234 ready_s=2.8 rss_mb=301");
    assertThat(line.format())
        .matches(
            "bench: submit_ratio=\\d+\\.\\d+ relay_ratio=\\d+\\.\\d+ consumer_ratio=\\d+\\.\\d+"
                + " notify_p99_ms=\\d+ ready_s=\\d+\\.\\d rss_mb=\\d+");
  }

  @Test
  void theTableAlignsItsColumnsAndPutsTheRawLimitBesideTheProject() {
    BenchResult result = new BenchResult();
    result.add("raw store insertOne, 8 clients", "4200/s", "", "");
    result.add("submissions, 64 client(s)", "4200/s insertOne", "260/s", "p99 900 ms");
    List<String> lines = result.table().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("measure").contains("raw limit").contains("project");
    assertThat(lines.get(1)).matches("-+");
    int bar = lines.get(0).indexOf('|');
    assertThat(lines.get(2).indexOf('|')).isEqualTo(bar);
    assertThat(lines.get(3).indexOf('|')).isEqualTo(bar);
    assertThat(lines.get(3)).contains("4200/s insertOne |   260/s | p99 900 ms");
  }

  @Test
  void ratesKeepADecimalOnlyBelowTen() {
    assertThat(BenchResult.rate(3.25)).isEqualTo("3.3/s");
    assertThat(BenchResult.rate(4213.6)).isEqualTo("4214/s");
  }

  @Test
  void theFiguresFollowTheIssuesDefinitions() {
    BenchResult table = new BenchResult();
    var raw = new BenchFigures.Raw(3000, 5000, 4000, 100_000, 400);
    var levels =
        List.of(
            new Submissions.Level(1, 40, 0, 30, 20, 40),
            new Submissions.Level(64, 320, 0, 200, 250, 900));
    var project =
        new BenchFigures.Project(
            levels,
            new Backlogs.Drain("report-service", 700, 1_000_000_000L),
            new Backlogs.Drain("notification-service", 1000, 2_000_000_000L),
            new FanOut.Outcome(440, 90, 3000, 7000, 7500),
            Map.of("report-service", 8.8, "directive-service", 12.5),
            Map.of("report-service", 350L, "notification-service", 402L));
    BenchResult.Line line = BenchFigures.record(table, raw, project);
    assertThat(line.submitRatio()).as("64 clients ÷ the lower 8-client insert").isEqualTo(0.05);
    assertThat(line.relayRatio()).isEqualTo(0.007);
    assertThat(line.consumerRatio()).isEqualTo(0.125);
    assertThat(line.notifyP99Ms()).isEqualTo(7000);
    assertThat(line.readyS()).isEqualTo(12.5);
    assertThat(line.rssMb()).isEqualTo(402);
    assertThat(table.rows())
        .extracting(BenchResult.Row::measure)
        .contains("relay drain (report-service outbox)");
  }
}
