package vn.dienbien.localstack;

import java.nio.file.Path;
import java.util.Map;
import vn.dienbien.localstack.bench.BenchSettings;
import vn.dienbien.localstack.soak.SoakSettings;

/**
 * What the launcher runs: the single-node stack, the cluster, the fault soak on a fresh cluster, or
 * the benchmark on a fresh single-node stack. A new mode (e.g. a benchmark) adds a constant with
 * its flag, topology and state directory.
 */
public enum Mode {
  SINGLE(null, Topology.SINGLE, ".local"),
  CLUSTER("--cluster", Topology.CLUSTER, ".local/cluster"),
  SOAK("--soak", Topology.CLUSTER, ".local/soak"),
  BENCH("--bench", Topology.SINGLE, ".local/bench");

  private final String flag;
  private final Topology topology;
  private final String stateDir;

  Mode(String flag, Topology topology, String stateDir) {
    this.flag = flag;
    this.topology = topology;
    this.stateDir = stateDir;
  }

  /** The mode a command-line flag selects, or null if the flag names none. */
  static Mode ofFlag(String arg) {
    for (Mode mode : values()) {
      if (arg.equals(mode.flag)) {
        return mode;
      }
    }
    return null;
  }

  public Topology topology() {
    return topology;
  }

  public Layout layout(Path root) {
    return new Layout(root, root.resolve(stateDir));
  }

  /** Whether each run starts from empty data (the soak's figures count only its own work). */
  public boolean freshData() {
    return this == SOAK || this == BENCH;
  }

  /** Extra environment of every business-service instance in this mode. */
  public Map<String, String> serviceEnvironment(Layout layout) {
    return switch (this) {
      case SOAK -> SoakSettings.serviceEnvironment(layout.local());
      case BENCH -> BenchSettings.serviceEnvironment(layout.local());
      default -> Map.of();
    };
  }
}
