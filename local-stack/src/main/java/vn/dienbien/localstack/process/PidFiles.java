package vn.dienbien.localstack.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code .local/pids/<name>.pid} holding "pid startInstant", so that processes left behind by a
 * launcher that was killed with SIGKILL are found and stopped on the next start, and a recycled pid
 * is never mistaken for one of ours.
 */
public final class PidFiles {

  private static final String LAUNCHER = "launcher";

  private final Path dir;

  public PidFiles(Path dir) {
    this.dir = dir;
  }

  /** The pid of a launcher that is still running from this directory, if any. */
  public Optional<Long> runningLauncher() {
    return alive(dir.resolve(LAUNCHER + ".pid")).map(ProcessHandle::pid);
  }

  public void recordLauncher() {
    record(LAUNCHER, ProcessHandle.current());
  }

  public void record(String name, ProcessHandle handle) {
    try {
      Files.createDirectories(dir);
      String started = handle.info().startInstant().map(Instant::toString).orElse("-");
      Files.writeString(dir.resolve(name + ".pid"), handle.pid() + " " + started + "\n");
    } catch (IOException e) {
      System.err.println("warning: cannot write pid file for " + name + ": " + e.getMessage());
    }
  }

  /** Deletes every pid file (after a clean stop). */
  public void clear() {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.pid")) {
      for (Path file : files) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      System.err.println("warning: cannot clean " + dir + ": " + e.getMessage());
    }
  }

  public void remove(String name) {
    try {
      Files.deleteIfExists(dir.resolve(name + ".pid"));
    } catch (IOException e) {
      // harmless: a stale file is checked against the process start time
    }
  }

  /** Stops processes recorded by an earlier launcher that did not shut down; returns how many. */
  public int stopLeftovers(Duration grace) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    int stopped = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.pid")) {
      for (Path file : files) {
        String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
        Optional<ProcessHandle> leftover = name.equals(LAUNCHER) ? Optional.empty() : alive(file);
        if (leftover.isPresent()) {
          System.out.println(
              "Stopping "
                  + name
                  + " (pid "
                  + leftover.get().pid()
                  + ") left running by an earlier run …");
          Processes.terminate(leftover.get(), grace);
          stopped++;
        }
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      System.err.println("warning: cannot read " + dir + ": " + e.getMessage());
    }
    return stopped;
  }

  private static Optional<ProcessHandle> alive(Path file) {
    try {
      if (!Files.exists(file)) {
        return Optional.empty();
      }
      String[] parts = Files.readString(file, StandardCharsets.UTF_8).trim().split(" ");
      Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(parts[0]));
      return handle.filter(h ->
          h.isAlive()
              && h.info().startInstant().map(Instant::toString).orElse("-").equals(parts[1]));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
