package vn.dienbien.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dienbien.testsupport.time.TestClock;

/**
 * One service jar running as its own JVM, as in production; its log goes to target/. Every process
 * of a test run gets the same {@code platform.clock.offset}, so they share one business "now" that
 * starts at 09:00 on {@link #businessDate()} and keeps ticking.
 */
public final class ServiceProcess implements AutoCloseable {

  /**
   * The seeded directives (06-CT/TU, 11-CT/TU) are issued on 23/02/2026. A commune owes its first
   * reports on them for the first half of 2026: the window opens 01/06/2026 and they are due
   * 20/06/2026; before 01/06 everything a commune owes is refused as "not open yet". The system
   * tests are about units with overdue work they can report on, so their business time starts no
   * earlier than 01/07/2026, whatever the base date of the run.
   */
  private static final LocalDate EARLIEST_BUSINESS_DATE = LocalDate.of(2026, 7, 1);

  private static final LocalDate BUSINESS_DATE =
      TestClock.base().isBefore(EARLIEST_BUSINESS_DATE) ? EARLIEST_BUSINESS_DATE : TestClock.base();

  /** The shift from machine time to business time; the machine clock is read only to compute it. */
  private static final Duration BUSINESS_CLOCK_OFFSET =
      Duration.between(
          Instant.now(),
          BUSINESS_DATE.atTime(TestClock.START_TIME).atZone(TestClock.ZONE).toInstant());

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;

  /**
   * The day the services' business time starts on: the test clock's base date ({@code
   * -Dtest.clock.base}), or 01/07/2026 if the base is earlier (see {@link
   * #EARLIEST_BUSINESS_DATE}).
   */
  public static LocalDate businessDate() {
    return BUSINESS_DATE;
  }

  private ServiceProcess(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  public static ServiceProcess start(
      String name, int port, Map<String, String> env, List<String> args) throws IOException {
    return start(name, port, env, args, Duration.ZERO);
  }

  /**
   * A service whose business time runs {@code shift} ahead of the others' (a service restarted the
   * next morning, without waiting a day).
   */
  public static ServiceProcess start(
      String name, int port, Map<String, String> env, List<String> args, Duration shift)
      throws IOException {
    Path root = Path.of(System.getProperty("repository.root", ".."));
    Path jar = root.resolve(name).resolve("target").resolve(name + ".jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: run mvn verify from the repository root");
    }
    Path log = root.resolve("system-tests/target").resolve(name + ".log");
    Files.createDirectories(log.getParent());
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--platform.clock.offset=" + BUSINESS_CLOCK_OFFSET.plus(shift)));
    command.addAll(args);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(env);
    return new ServiceProcess(name, port, builder.start(), log);
  }

  public String name() {
    return name;
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  public boolean ready(HttpClient http) {
    if (!process.isAlive()) {
      throw new IllegalStateException(name + " exited; see " + log);
    }
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                  .timeout(Duration.ofSeconds(3))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
