package vn.dienbien.localstack.startup;

/**
 * What the launcher must do before it starts a service JVM from its start-up cache, decided from
 * the JDK and the state on disk alone (no JVM is started to decide).
 *
 * @param kind which cache the JVM uses
 * @param extract whether to (re-)extract the fat jar (missing, or the jar/JDK/options changed)
 * @param train whether to run a training JVM that writes the AOT cache before the real start
 */
public record CachePlan(Kind kind, boolean extract, boolean train) {

  /** The start-up cache a JDK offers. */
  public enum Kind {
    /** JDK 25+: AOT cache (JEP 483/514/515) from a training run, {@code -XX:AOTCache}. */
    AOT,
    /** JDK 21–24: dynamic CDS archive the JVM writes at its first exit, then maps. */
    CDS,
    /** No cache: the fat jar as built ({@code SERVICE_AOT=off}, or an older JDK). */
    NONE
  }

  static final CachePlan PLAIN = new CachePlan(Kind.NONE, false, false);

  /**
   * Decides from the JDK's feature version and the cache directory's state.
   *
   * @param jdkFeature the feature version of the JDK that runs the services (21, 25, …)
   * @param enabled false when the user turned caches off
   * @param fingerprint what the cache must have been made from now (jar, JDK, JVM options)
   * @param stored the fingerprint written when the cache was made, or null
   * @param extracted whether the extracted jar is present
   * @param cacheFile whether the AOT cache file is present
   */
  public static CachePlan decide(
      int jdkFeature,
      boolean enabled,
      String fingerprint,
      String stored,
      boolean extracted,
      boolean cacheFile) {
    if (!enabled || jdkFeature < 21) {
      return PLAIN;
    }
    boolean stale = !fingerprint.equals(stored) || !extracted;
    if (jdkFeature < 25) {
      return new CachePlan(Kind.CDS, stale, false);
    }
    return new CachePlan(Kind.AOT, stale, stale || !cacheFile);
  }
}
