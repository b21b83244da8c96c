package vn.dienbien.localstack.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child process whose stdout and stderr go to one log file; stopped with SIGTERM, then killed.
 */
public final class ManagedProcess implements Stoppable {

  private static final Path SETSID = Path.of("/usr/bin/setsid");

  private final String name;
  private final Process process;
  private final Path logFile;

  private ManagedProcess(String name, Process process, Path logFile) {
    this.name = name;
    this.process = process;
    this.logFile = logFile;
  }

  /**
   * Starts {@code command} in {@code workDir}. The previous log is kept as {@code <log>.1}. On
   * Linux the child gets its own session (setsid) so that Ctrl-C in the terminal reaches only the
   * launcher, which then stops the children in order.
   */
  public static ManagedProcess start(
      String name, List<String> command, Map<String, String> env, Path workDir, Path logFile) {
    try {
      Files.createDirectories(logFile.getParent());
      if (Files.exists(logFile)) {
        Files.move(
            logFile,
            logFile.resolveSibling(logFile.getFileName() + ".1"),
            StandardCopyOption.REPLACE_EXISTING);
      }
      List<String> full = new ArrayList<>();
      if (Files.isExecutable(SETSID)) {
        full.add(SETSID.toString());
      }
      full.addAll(command);
      ProcessBuilder builder =
          new ProcessBuilder(full)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      builder.environment().putAll(env);
      return new ManagedProcess(name, builder.start(), logFile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
    }
  }

  /** Runs a short command to completion (e.g. a format step); returns its exit code. */
  public static int run(
      String name, List<String> command, Path workDir, Path logFile, Duration timeout) {
    return run(name, command, Map.of(), workDir, logFile, timeout);
  }

  /** Runs a command with extra environment to completion (e.g. an AOT training run). */
  public static int run(
      String name,
      List<String> command,
      Map<String, String> env,
      Path workDir,
      Path logFile,
      Duration timeout) {
    ManagedProcess p = start(name, command, env, workDir, logFile);
    try {
      if (!p.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.stop(Duration.ofSeconds(5));
        return -1;
      }
      return p.process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.stop(Duration.ofSeconds(5));
      return -1;
    }
  }

  @Override
  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  public ProcessHandle handle() {
    return process.toHandle();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public int exitCode() {
    return process.exitValue();
  }

  public Path logFile() {
    return logFile;
  }

  /** SIGTERM, wait up to {@code grace}, then SIGKILL the process and anything it started. */
  @Override
  public void stop(Duration grace) {
    Processes.terminate(process.toHandle(), grace);
  }

  /** The last {@code lines} lines of the log without stack frames, for error messages. */
  public String tail(int lines) {
    try {
      List<String> all =
          Files.readAllLines(logFile, StandardCharsets.UTF_8).stream()
              .filter(line -> !line.startsWith("\tat ") && !line.startsWith("\t... "))
              .toList();
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(cannot read " + logFile + ": " + e.getMessage() + ")";
    }
  }
}
