package vn.dienbien.localstack;

import java.nio.file.Path;

/**
 * Where things live, relative to the repository root. Everything mutable is under the mode's state
 * directory: {@code .local/} for the single-node stack, {@code .local/cluster/} for the cluster
 * mode, {@code .local/soak/} for the soak (wiped at each run), so the modes never share data.
 */
public record Layout(Path root, Path local) {

  public Layout(Path root) {
    this(root, root.resolve(".local"));
  }

  public Path logs() {
    return local.resolve("logs");
  }

  public Path pids() {
    return local.resolve("pids");
  }

  public Path kafkaHome() {
    return local.resolve("kafka");
  }

  public Path mongoFile() {
    return local.resolve("mongo").resolve("store.mv");
  }

  /** The local auth server's signing key, so tokens survive restarts of the stack. */
  public Path authKey() {
    return local.resolve("auth").resolve("signing-key.json");
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
