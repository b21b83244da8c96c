package vn.dienbien.localstack.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.dienbien.localstack.soak.Api;
import vn.dienbien.localstack.soak.Steps;

/**
 * Report submissions by the load user over real HTTP with its JWT, each on an obligation of its
 * unit that has none pending: {@code clients} threads submit back to back until their share of the
 * level is done.
 */
final class Submissions {

  /** One level's outcome: throughput and latency of the accepted submissions. */
  record Level(int clients, int submitted, int failed, double perSecond, long p50Ms, long p99Ms) {}

  private final Api api;
  private final String user;
  private final ConcurrentLinkedQueue<String> open = new ConcurrentLinkedQueue<>();

  Submissions(Api api, String loadUnit) {
    this.api = api;
    this.user = BenchSettings.loadUser(loadUnit);
  }

  /** Waits until report-service holds {@code expected} open obligations of directive {@code n}. */
  void awaitObligations(int n, String unit, int expected) {
    String path =
        "/api/v1/obligations?directiveNumber="
            + Api.encode(BenchDirectives.number(n))
            + "&unitId="
            + unit;
    List<String> ids =
        Steps.poll(
            expected + " obligations of " + BenchDirectives.number(n),
            () -> {
              List<String> found =
                  api.all("report-service", user, path).stream()
                      .map(o -> o.path("id").asText())
                      .toList();
              return found.size() >= expected
                  ? java.util.Optional.of(found)
                  : java.util.Optional.empty();
            });
    open.addAll(ids);
  }

  int available() {
    return open.size();
  }

  /** Submits {@code count} reports with {@code clients} concurrent clients. */
  Level run(int clients, int count) throws Exception {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger left = new AtomicInteger(count);
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long t0 = System.nanoTime();
    List<Future<?>> runs = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      runs.add(pool.submit(() -> submitWhileLeft(left, latencies, failed)));
    }
    for (Future<?> run : runs) {
      run.get();
    }
    long elapsed = System.nanoTime() - t0;
    pool.shutdown();
    return new Level(
        clients,
        latencies.size(),
        failed.get(),
        Stats.perSecond(latencies.size(), elapsed),
        Stats.percentile(latencies, 0.50),
        Stats.percentile(latencies, 0.99));
  }

  private void submitWhileLeft(AtomicInteger left, List<Long> latencies, AtomicInteger failed) {
    while (left.getAndDecrement() > 0) {
      String obligation = open.poll();
      if (obligation == null) {
        return;
      }
      long t0 = System.nanoTime();
      Api.Reply reply = api.post("report-service", user, "/api/v1/reports", report(obligation));
      long ms = Stats.millis(System.nanoTime() - t0);
      if (reply.ok()) {
        latencies.add(ms);
      } else if (failed.incrementAndGet() <= 3) {
        System.out.println(
            "  !! submission on "
                + obligation
                + " answered "
                + reply.status()
                + " "
                + reply.code());
      }
    }
  }

  private static Map<String, Object> report(String obligationId) {
    return Map.of(
        "obligationId",
        obligationId,
        "progressPercent",
        100,
        "status",
        "COMPLETED",
        "results",
        "Đã triển khai đầy đủ (dữ liệu đo hiệu năng)");
  }
}
