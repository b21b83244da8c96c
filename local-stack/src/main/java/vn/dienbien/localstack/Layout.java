package vn.dienbien.localstack;

import java.nio.file.Path;

/**
 * Where things live, relative to the repository root. Everything mutable is under {@code .local/}.
 */
public record Layout(Path root) {

  public Path local() {
    return root.resolve(".local");
  }

  public Path logs() {
    return local().resolve("logs");
  }

  public Path pids() {
    return local().resolve("pids");
  }

  public Path kafkaHome() {
    return local().resolve("kafka");
  }

  public Path mongoFile() {
    return local().resolve("mongo").resolve("store.mv");
  }

  public Path target() {
    return root.resolve("local-stack").resolve("target");
  }

  public Path kafkaLibs() {
    return target().resolve("kafka-libs");
  }

  /** Classpath of local-stack.jar and its runtime libraries (the jar's manifest lists libs/). */
  public String launcherClasspath() {
    return target().resolve("local-stack.jar")
        + java.io.File.pathSeparator
        + target().resolve("libs")
        + "/*";
  }

  /** The java executable running this launcher, reused for every child JVM. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
