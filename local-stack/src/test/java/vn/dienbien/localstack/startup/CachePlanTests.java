package vn.dienbien.localstack.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache decision without starting a JVM: what is on disk and which JDK runs the services. */
class CachePlanTests {

  private static final List<String> JVM = List.of("-Xmx256m", "-XX:+UseSerialGC");

  @TempDir Path tmp;

  @Test
  void firstStartOnJdk25ExtractsAndTrains() throws Exception {
    ServiceCache cache = cache();
    CachePlan plan = cache.plan(25, true, ServiceCache.fingerprintOf(fatJar(), JVM));
    assertThat(plan).isEqualTo(new CachePlan(CachePlan.Kind.AOT, true, true));
  }

  @Test
  void unchangedJarReusesTheCache() throws Exception {
    ServiceCache cache = madeCache(ServiceCache.fingerprintOf(fatJar(), JVM));
    CachePlan plan = cache.plan(25, true, ServiceCache.fingerprintOf(fatJar(), JVM));
    assertThat(plan).isEqualTo(new CachePlan(CachePlan.Kind.AOT, false, false));
    assertThat(cache.runFlags(plan.kind())).containsExactly("-XX:AOTCache=" + cache.aotFile());
  }

  @Test
  void rebuiltJarIsExtractedAndTrainedAgain() throws Exception {
    Path jar = fatJar();
    ServiceCache cache = madeCache(ServiceCache.fingerprintOf(jar, JVM));
    Files.writeString(jar, "rebuilt, longer than before");
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    CachePlan plan = cache.plan(25, true, ServiceCache.fingerprintOf(jar, JVM));
    assertThat(plan).isEqualTo(new CachePlan(CachePlan.Kind.AOT, true, true));
  }

  @Test
  void otherJvmOptionsRetrain() throws Exception {
    ServiceCache cache = madeCache(ServiceCache.fingerprintOf(fatJar(), JVM));
    CachePlan plan =
        cache.plan(25, true, ServiceCache.fingerprintOf(fatJar(), List.of("-XX:+UseG1GC")));
    assertThat(plan.extract()).isTrue();
    assertThat(plan.train()).isTrue();
  }

  @Test
  void anotherJdkBuildRetrains() {
    String before = ServiceCache.fingerprint(Path.of("a.jar"), 1, 2, "/jdk", "25+36", JVM);
    String after = ServiceCache.fingerprint(Path.of("a.jar"), 1, 2, "/jdk", "25.0.1+8", JVM);
    assertThat(CachePlan.decide(25, true, after, before, true, true).train()).isTrue();
  }

  @Test
  void deletedCacheFileIsTrainedWithoutExtractingAgain() throws Exception {
    ServiceCache cache = madeCache(ServiceCache.fingerprintOf(fatJar(), JVM));
    Files.delete(cache.aotFile());
    CachePlan plan = cache.plan(25, true, ServiceCache.fingerprintOf(fatJar(), JVM));
    assertThat(plan).isEqualTo(new CachePlan(CachePlan.Kind.AOT, false, true));
  }

  @Test
  void jdksOlderThan25GetNoAotFlagsAndNoTraining() throws Exception {
    ServiceCache cache = cache();
    for (int jdk : new int[] {21, 22, 24}) {
      CachePlan plan = cache.plan(jdk, true, ServiceCache.fingerprintOf(fatJar(), JVM));
      assertThat(plan).isEqualTo(new CachePlan(CachePlan.Kind.CDS, true, false));
      assertThat(cache.runFlags(plan.kind()))
          .noneMatch(flag -> flag.contains("AOT"))
          .contains("-XX:SharedArchiveFile=" + cache.cdsFile());
    }
  }

  @Test
  void switchedOffOrAncientJdkStartsTheFatJarPlainly() throws Exception {
    ServiceCache cache = cache();
    String fingerprint = ServiceCache.fingerprintOf(fatJar(), JVM);
    assertThat(cache.plan(25, false, fingerprint)).isEqualTo(CachePlan.PLAIN);
    assertThat(cache.plan(17, true, fingerprint)).isEqualTo(CachePlan.PLAIN);
    assertThat(cache.runFlags(CachePlan.Kind.NONE)).isEmpty();
  }

  @Test
  void trainingExitsOnRefreshAndWritesTheCacheFile() {
    ServiceCache cache = cache();
    assertThat(cache.trainingFlags())
        .containsExactly(
            "-XX:AOTCacheOutput=" + cache.aotFile(), "-Dspring.context.exit=onRefresh");
  }

  private ServiceCache cache() {
    return new ServiceCache(tmp.resolve("aot").resolve("report-service"), "report-service");
  }

  /** A cache as a successful preparation leaves it: extracted jar, AOT file, fingerprint. */
  private ServiceCache madeCache(String fingerprint) throws Exception {
    ServiceCache cache = cache();
    Files.createDirectories(cache.extractedDir());
    Files.writeString(cache.extractedJar(), "thin jar");
    Files.writeString(cache.aotFile(), "aot");
    Files.writeString(cache.fingerprintFile(), fingerprint);
    return cache;
  }

  private Path fatJar() throws Exception {
    Path jar = tmp.resolve("report-service.jar");
    if (!Files.exists(jar)) {
      Files.writeString(jar, "fat jar");
      Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
    }
    return jar;
  }

  @Test
  void trainingGetsItsOwnBoundNotOnlyTheReadinessTimeout() {
    assertThat(ServiceCaches.trainingBound(Duration.ofSeconds(180)))
        .isEqualTo(Duration.ofMinutes(10));
    assertThat(ServiceCaches.trainingBound(Duration.ofMinutes(15)))
        .isEqualTo(Duration.ofMinutes(15));
  }
}
