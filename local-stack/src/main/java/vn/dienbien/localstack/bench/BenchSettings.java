package vn.dienbien.localstack.bench;

import java.nio.file.Path;
import java.util.Map;
import vn.dienbien.localstack.soak.SoakSettings;

/**
 * The benchmark's configuration of the services on top of the local profile. The production write
 * rate limit (60 writes at once, 60 a minute per user) stays for everyone; only the benchmark's own
 * load user, {@code officer@XA-MUONG-NHE}, is exempt through {@code
 * platform.security.rate-limit.exempt-users}. Like the soak: no seed directives or demo contacts
 * (the benchmark imports its own), no SMS quiet hours and no daily digest by role, so every
 * delivery of the fan-out is handed over at once.
 */
public final class BenchSettings {

  /** The commune whose officer is the load user (one of the 45 communes). */
  public static final String LOAD_UNIT = "XA-MUONG-NHE";

  private BenchSettings() {}

  static String loadUser(String unit) {
    return "officer@" + unit;
  }

  public static Map<String, String> serviceEnvironment(Path stateDir) {
    Map<String, String> properties = SoakSettings.ownWorkOnly(stateDir);
    properties.put("platform.security.rate-limit.exempt-users", loadUser(LOAD_UNIT));
    return SoakSettings.environment(properties);
  }
}
