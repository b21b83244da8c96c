package vn.dienbien.localstack.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import vn.dienbien.localstack.kafka.KafkaAdmin;
import vn.dienbien.localstack.soak.Api;
import vn.dienbien.localstack.soak.Lag;
import vn.dienbien.localstack.soak.Preparation;

/**
 * {@code ./run-local.sh --bench} (issue 16, item 6): on a fresh single-node stack, the raw limits
 * of the store, the broker and the mail stand-in measured between the project's own figures in the
 * same run, then a table and the closing {@code bench:} line. The order: raw store;
 * notification-service stopped and report-service's relay held back (the bench holds its lease)
 * while load directives are issued and reports submitted at 1/8/32/64 clients (so both find a
 * backlog); report-service's relay drains its backlog; raw store again; raw produce;
 * notification-service started alone (its ready time) catches up; raw SMTP; a directive to the 45
 * communes and its e-mails/SMS; RSS of every service; every other service restarted alone for its
 * ready time.
 */
public final class Bench {

  static final int[] CLIENTS = {1, 8, 32, 64};
  static final int[] SUBMISSIONS = {40, 160, 240, 320};
  static final int LOAD_DIRECTIVES = 4;
  static final int FAN_OUT_TASKS = 5;
  static final String NOTIFICATION = "notification-service";
  static final String REPORT = "report-service";
  static final String DIRECTIVE = "directive-service";

  private final BenchStack stack;
  private final Api api;
  private final BenchProgress progress = new BenchProgress();
  private final BenchResult result = new BenchResult();

  public Bench(BenchStack stack) {
    this.stack = stack;
    this.api = new Api(stack.cluster());
  }

  /** Runs the benchmark and prints its figures; false when it could not run to the end. */
  public boolean run() {
    try (Admin admin = KafkaAdmin.create(stack.cluster().bootstrapServers(), "bench")) {
      Lag lag = new Lag(admin);
      progress.say("preparing: the communes and their contacts");
      List<String> communes = new ArrayList<>(Preparation.communes(api));
      communes.remove(BenchSettings.LOAD_UNIT); // the load unit gets no mail for its 800 tasks
      Preparation.importContacts(api, communes);
      Preparation.awaitQuiet(lag, api);
      BenchResult.Line line = measure(new Backlogs(stack, lag), lag);
      System.out.println();
      System.out.print(result.table());
      System.out.println(line.format());
      return true;
    } catch (Exception e) {
      System.out.println("\nBenchmark failed to run: " + e);
      e.printStackTrace(System.out);
      return false;
    }
  }

  /** The submissions' phase: its levels, the raw store after them, the relay with a backlog. */
  private record Load(List<Submissions.Level> levels, double store8After, Backlogs.Drain relay) {}

  private BenchResult.Line measure(Backlogs backlogs, Lag lag) throws Exception {
    RawLimits raw = new RawLimits(stack);
    double store1 = progress.measure("raw store insertOne, 1 client", () -> raw.storeInserts(1));
    double store8 = progress.measure("raw store insertOne, 8 clients", () -> raw.storeInserts(8));
    stack.stop(NOTIFICATION);
    progress.say(NOTIFICATION + " stopped: its consumers will find a backlog");
    Load load = load(backlogs, raw);
    double produce = progress.measure("raw broker produce, batched", raw::brokerProduce);
    double[] notificationReady = new double[1];
    Backlogs.Drain consumer = catchUp(backlogs, notificationReady);
    double smtp = progress.measure("raw SMTP, one session", raw::smtpOneSession);
    Preparation.awaitQuiet(lag, api);
    progress.say("fan-out: a directive of %d tasks to the 45 communes", FAN_OUT_TASKS);
    FanOut.Outcome fanOut = new FanOut(stack, new BenchDirectives(api)).run(50, FAN_OUT_TASKS);
    progress.say(
        "  %d e-mails, %d SMS; p50 %d ms, p99 %d ms",
        fanOut.mails(), fanOut.sms(), fanOut.p50Ms(), fanOut.p99Ms());
    Map<String, Long> rss = new LinkedHashMap<>();
    stack.services().forEach(s -> rss.put(s, stack.rssMb(s)));
    Map<String, Double> ready = readyTimes(notificationReady[0]);
    return BenchFigures.record(
        result,
        new BenchFigures.Raw(store1, store8, load.store8After(), produce, smtp),
        new BenchFigures.Project(load.levels(), load.relay(), consumer, fanOut, ready, rss));
  }

  /**
   * report-service's relay held back (its lease taken by the bench) while the load directives go
   * out (directive-service's relay watched meanwhile: their assignments become report-service's
   * obligations, with events) and the submissions run; then its backlog drained from the moment the
   * lease comes back, the steady part of that drain being the relay figure unless the directives'
   * backlog was larger; the raw store again.
   */
  private Load load(Backlogs backlogs, RawLimits raw) throws Exception {
    Submissions[] seeded = new Submissions[1];
    Backlogs.Drain[] issue = new Backlogs.Drain[1];
    @SuppressWarnings("unchecked")
    List<Submissions.Level>[] levels = new List[1];
    progress.say("relay held: the bench takes %s's relay lease until the submissions end", REPORT);
    Backlogs.HeldDrain report =
        backlogs.relayDrainOfHeldBacklog(
            REPORT,
            () -> {
              issue[0] = directives(backlogs, seeded);
              levels[0] = submit(seeded[0]);
            });
    progress.say(
        "  relay drain: %d markers drained in %.2f s after the lease came back;"
            + " steady part %d markers in %.2f s",
        report.whole().backlog(),
        report.whole().nanos() / 1e9,
        report.steady().backlog(),
        report.steady().nanos() / 1e9);
    double store8After =
        progress.measure("raw store insertOne, 8 clients", () -> raw.storeInserts(8));
    Backlogs.Drain relay =
        report.whole().backlog() >= issue[0].backlog() ? report.steady() : issue[0];
    return new Load(levels[0], store8After, relay);
  }

  private Backlogs.Drain directives(Backlogs backlogs, Submissions[] seeded) throws Exception {
    progress.say("relay drain: %s's outbox markers while the load directives go out", DIRECTIVE);
    Backlogs.Drain issue = backlogs.relayDrainDuring(DIRECTIVE, () -> seeded[0] = seed());
    progress.say(
        "  largest backlog %d markers, drained in %.1f s", issue.backlog(), issue.nanos() / 1e9);
    return issue;
  }

  private Backlogs.Drain catchUp(Backlogs backlogs, double[] ready) throws Exception {
    progress.say(
        "%s started alone: catch-up of %d records", NOTIFICATION, backlogs.lag(NOTIFICATION));
    Backlogs.Drain consumer = backlogs.consumerCatchUp(NOTIFICATION, ready);
    progress.say(
        "  %d records in %.1f s; ready in %.1f s",
        consumer.backlog(), consumer.nanos() / 1e9, ready[0]);
    return consumer;
  }

  private Submissions seed() {
    BenchDirectives directives = new BenchDirectives(api);
    Submissions submissions = new Submissions(api, BenchSettings.LOAD_UNIT);
    for (int n = 1; n <= LOAD_DIRECTIVES; n++) {
      progress.say(
          "seeding: load directive %d of %d (%d tasks to %s)",
          n, LOAD_DIRECTIVES, BenchDirectives.MAX_TASKS, BenchSettings.LOAD_UNIT);
      directives.issue(n, BenchDirectives.MAX_TASKS, "leadUnitId", BenchSettings.LOAD_UNIT);
    }
    for (int n = 1; n <= LOAD_DIRECTIVES; n++) {
      submissions.awaitObligations(n, BenchSettings.LOAD_UNIT, BenchDirectives.MAX_TASKS);
    }
    progress.say("seeding: %d open obligations", submissions.available());
    return submissions;
  }

  private List<Submissions.Level> submit(Submissions submissions) throws Exception {
    List<Submissions.Level> levels = new ArrayList<>();
    for (int i = 0; i < CLIENTS.length; i++) {
      int clients = CLIENTS[i];
      Submissions.Level level = submissions.run(clients, SUBMISSIONS[i]);
      progress.say(
          "submissions, %d client(s): %d in %s, p50 %d ms, p99 %d ms%s",
          clients,
          level.submitted(),
          BenchResult.rate(level.perSecond()),
          level.p50Ms(),
          level.p99Ms(),
          level.failed() > 0 ? ", " + level.failed() + " refused" : "");
      levels.add(level);
    }
    return levels;
  }

  /** notification-service's ready time (already measured), then every other service alone. */
  private Map<String, Double> readyTimes(double notification) {
    Map<String, Double> ready = new LinkedHashMap<>();
    for (String service : stack.services()) {
      if (service.equals(NOTIFICATION)) {
        ready.put(service, notification);
        continue;
      }
      stack.stop(service);
      double seconds = stack.startAlone(service);
      progress.say("%s started alone: ready in %.1f s", service, seconds);
      ready.put(service, seconds);
    }
    return ready;
  }

  static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
