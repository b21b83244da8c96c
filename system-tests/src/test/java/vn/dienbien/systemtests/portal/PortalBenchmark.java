package vn.dienbien.systemtests.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Not a test: prints the portal's page time (p50, p95) for the officer's home and the monitor's
 * board with 1 and 50 concurrent signed-in sessions, beside the slowest API call each page made
 * (the portal's Server-Timing header, same requests, same run) and what the portal adds to it.
 *
 * <pre>mvn -B -q -pl system-tests -am -Pportal-benchmark -DskipTests verify</pre>
 *
 * Starts its own system (the service jars, the auth server and the portal as separate JVMs on the
 * embedded Kafka and store, seeded), or measures a running one with {@code -Dportal.url=…}.
 */
public final class PortalBenchmark {

  private static final String PASSWORD = "demo-2026";

  record Page(String name, String path, String user) {}

  private PortalBenchmark() {}

  public static void main(String[] args) throws Exception {
    int requests = Integer.getInteger("benchmark.requests", 20);
    List<Integer> levels = List.of(1, 50);
    String url = System.getProperty("portal.url", "");
    PortalSystem system = null;
    if (url.isBlank()) {
      System.out.println("Starting the system (service jars, auth server, portal) …");
      long t0 = System.nanoTime();
      system = PortalSystem.start();
      url = system.portal("");
      System.out.printf(Locale.ROOT, "  ready in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }
    try {
      List<Page> pages =
          List.of(
              new Page("officer home", "/don-vi", "officer.muongnhe"),
              new Page("monitor board", "/bang-theo-doi", "monitor"));
      System.out.printf(
          "%-14s %8s %9s %9s %9s %9s %8s  %s%n",
          "page",
          "sessions",
          "page p50",
          "page p95",
          "api p50",
          "api p95",
          "added",
          "slowest API call");
      for (Page page : pages) {
        for (int sessions : levels) {
          measure(url, page, sessions, sessions == 1 ? requests * 5 : requests);
        }
      }
    } finally {
      if (system != null) {
        system.close();
      }
    }
  }

  private static void measure(String portal, Page page, int sessions, int perSession)
      throws Exception {
    List<SignedInSession> signedIn = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      signedIn.add(SignedInSession.signIn(portal, page.path(), page.user(), PASSWORD));
    }
    for (SignedInSession s : signedIn) { // warm-up: every session, a few times
      for (int i = 0; i < 3; i++) {
        s.open(portal + page.path());
      }
    }
    List<SignedInSession.Page> results = java.util.Collections.synchronizedList(new ArrayList<>());
    try (ExecutorService pool = Executors.newFixedThreadPool(sessions)) {
      List<Future<?>> running = new ArrayList<>();
      for (SignedInSession s : signedIn) {
        running.add(
            pool.submit(() -> {
              for (int i = 0; i < perSession; i++) {
                results.add(s.open(portal + page.path()));
              }
              return null;
            }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    }
    long failed = results.stream().filter(r -> r.status() != 200).count();
    double[] pageMs = results.stream().mapToDouble(r -> r.nanos() / 1e6).sorted().toArray();
    double[] apiMs =
        results.stream()
            .mapToDouble(SignedInSession.Page::slowestApiMillis)
            .filter(d -> !Double.isNaN(d))
            .sorted()
            .toArray();
    double added = 100 * (pct(pageMs, 50) - pct(apiMs, 50)) / pct(apiMs, 50);
    String slowest = results.isEmpty() ? "" : results.getLast().slowestApi();
    System.out.printf(
        Locale.ROOT,
        "%-14s %8d %7.1fms %7.1fms %7.1fms %7.1fms %7.0f%%  %s (%d pages%s)%n",
        page.name(),
        sessions,
        pct(pageMs, 50),
        pct(pageMs, 95),
        pct(apiMs, 50),
        pct(apiMs, 95),
        added,
        slowest,
        results.size(),
        failed == 0 ? "" : ", " + failed + " not 200");
  }

  private static double pct(double[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
