package vn.dienbien.localstack.bench;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Turns the measurements into the table's rows and the closing line (issue 16): submit_ratio is the
 * 64-client submission rate ÷ the raw 8-client insertOne rate (the lower of the two raw runs around
 * the submissions); relay_ratio the relay's drain rate ÷ raw batched produce; consumer_ratio
 * notification-service's catch-up rate ÷ the raw 8-client insert rate; notify_p99_ms the fan-out's
 * p99 from the issue request to a message handed to SMTP or SMS; ready_s the slowest service's
 * process start to readiness, started alone; rss_mb the largest service RSS after the load.
 */
final class BenchFigures {

  record Raw(double store1, double store8, double store8After, double produce, double smtp) {
    double store8Min() {
      return Math.min(store8, store8After);
    }
  }

  record Project(
      List<Submissions.Level> levels,
      Backlogs.Drain relay,
      Backlogs.Drain consumer,
      FanOut.Outcome fanOut,
      Map<String, Double> ready,
      Map<String, Long> rss) {}

  private BenchFigures() {}

  static BenchResult.Line record(BenchResult table, Raw raw, Project p) {
    rawRows(table, raw);
    double submit = 0;
    for (Submissions.Level l : p.levels()) {
      table.add(
          "submissions, " + l.clients() + " client(s)",
          BenchResult.rate(raw.store8Min()) + " insertOne",
          BenchResult.rate(l.perSecond()),
          Bench.format(
              "p50 %d ms, p99 %d ms, %d ok, %d refused",
              l.p50Ms(), l.p99Ms(), l.submitted(), l.failed()));
      submit = l.perSecond(); // the last level: 64 clients
    }
    table.add(
        "relay drain (" + p.relay().source() + " outbox)",
        BenchResult.rate(raw.produce()) + " produce",
        BenchResult.rate(p.relay().perSecond()),
        p.relay().backlog() + " markers");
    table.add(
        "notification consumer catch-up",
        BenchResult.rate(raw.store8Min()) + " insertOne",
        BenchResult.rate(p.consumer().perSecond()),
        p.consumer().backlog() + " records");
    FanOut.Outcome f = p.fanOut();
    table.add(
        "fan-out to 45 communes, issue → SMTP/SMS",
        BenchResult.rate(raw.smtp()) + " SMTP",
        f.p99Ms() + " ms p99",
        Bench.format(
            "%d e-mails, %d SMS, p50 %d ms, last %d ms",
            f.mails(), f.sms(), f.p50Ms(), f.lastMs()));
    p.ready()
        .forEach((s, secs) -> table.add("ready alone: " + s, "", Bench.format("%.1f s", secs), ""));
    p.rss()
        .forEach((s, mb) ->
            table.add("RSS after load: " + s, "", mb + " MB", mb == 0 ? "not running then" : ""));
    return new BenchResult.Line(
        Stats.ratio(submit, raw.store8Min()),
        Stats.ratio(p.relay().perSecond(), raw.produce()),
        Stats.ratio(p.consumer().perSecond(), raw.store8Min()),
        f.p99Ms(),
        p.ready().isEmpty() ? 0 : Collections.max(p.ready().values()),
        p.rss().isEmpty() ? 0 : Collections.max(p.rss().values()));
  }

  private static void rawRows(BenchResult table, Raw raw) {
    table.add("raw store insertOne, 1 client", BenchResult.rate(raw.store1()), "", "");
    table.add(
        "raw store insertOne, 8 clients",
        BenchResult.rate(raw.store8()),
        "",
        "before the submissions");
    table.add(
        "raw store insertOne, 8 clients",
        BenchResult.rate(raw.store8After()),
        "",
        "after the submissions");
    table.add("raw broker produce, batched", BenchResult.rate(raw.produce()), "", "acks=all");
    table.add("raw SMTP, one session", BenchResult.rate(raw.smtp()), "", "");
  }
}
