package vn.dienbien.localstack.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One application's start-up cache under {@code .local/aot/<name>/}: its fat jar extracted to
 * {@code app/} (Spring Boot's {@code jarmode=tools extract}: a thin jar plus {@code lib/}), the AOT
 * cache {@code app.aot} (JDK 25+) or CDS archive {@code app.jsa} (JDK 21–24), and {@code
 * fingerprint}, the jar, JDK and JVM options they were made from. Deleting the directory (or all of
 * {@code .local/aot/}) makes the next start extract and train again.
 */
public record ServiceCache(Path dir, String name) {

  public Path extractedDir() {
    return dir.resolve("app");
  }

  public Path extractedJar() {
    return extractedDir().resolve(name + ".jar");
  }

  public Path aotFile() {
    return dir.resolve("app.aot");
  }

  public Path cdsFile() {
    return dir.resolve("app.jsa");
  }

  public Path fingerprintFile() {
    return dir.resolve("fingerprint");
  }

  /**
   * What the cache must be made from: the fat jar (path, size, time), the JDK (home and exact
   * version: an AOT cache only loads in the JVM build that wrote it) and the JVM options (GC and
   * heap settings must match between training and use).
   */
  public static String fingerprint(
      Path jar,
      long size,
      long modifiedMillis,
      String javaHome,
      String javaVersion,
      List<String> jvm) {
    return "jar="
        + jar
        + "\nsize="
        + size
        + "\nmodified="
        + modifiedMillis
        + "\njava="
        + javaHome
        + " "
        + javaVersion
        + "\noptions="
        + String.join(" ", jvm)
        + "\n";
  }

  /** The fingerprint of {@code jar} as it is now, run by this launcher's JDK. */
  public static String fingerprintOf(Path jar, List<String> jvm) {
    try {
      return fingerprint(
          jar.toAbsolutePath(),
          Files.size(jar),
          Files.getLastModifiedTime(jar).toMillis(),
          System.getProperty("java.home"),
          Runtime.version().toString(),
          jvm);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar, e);
    }
  }

  /** The fingerprint stored with the cache, or null when there is none. */
  public String storedFingerprint() {
    try {
      return Files.isRegularFile(fingerprintFile())
          ? Files.readString(fingerprintFile(), StandardCharsets.UTF_8)
          : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** Decides what to do for {@code fingerprint} given what is on disk. */
  public CachePlan plan(int jdkFeature, boolean enabled, String fingerprint) {
    return CachePlan.decide(
        jdkFeature,
        enabled,
        fingerprint,
        storedFingerprint(),
        Files.isRegularFile(extractedJar()),
        Files.isRegularFile(aotFile()));
  }

  /** JVM options that use the cache once it is made (the training run writes with its own). */
  public List<String> runFlags(CachePlan.Kind kind) {
    return switch (kind) {
      case AOT -> List.of("-XX:AOTCache=" + aotFile());
      case CDS -> List.of("-XX:SharedArchiveFile=" + cdsFile(), "-XX:+AutoCreateSharedArchive");
      case NONE -> List.of();
    };
  }

  /**
   * JVM options of the training run (JDK 25 one-step workflow, JEP 514): the application starts,
   * Spring creates every bean and exits at the end of the context refresh, before any lifecycle
   * bean runs, and the JVM writes the AOT cache as it exits.
   */
  public List<String> trainingFlags() {
    return List.of("-XX:AOTCacheOutput=" + aotFile(), "-Dspring.context.exit=onRefresh");
  }
}
