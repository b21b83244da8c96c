package vn.dienbien.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The JVM options the launcher gives the service JVMs, per JDK, and that a JDK accepts them. */
class ServiceStarterTests {

  private static final List<String> USER = List.of("-XX:TieredStopAtLevel=1", "-XX:NewRatio=2");

  @Test
  void jdk25GetsCompactHeadersAndASmallYoungGeneration() {
    assertThat(ServiceStarter.jvmOptions(25, List.of()))
        .contains("-XX:+UseCompactObjectHeaders", "-XX:NewRatio=8");
  }

  @Test
  void jdk21IsNotGivenFlagsItDoesNotKnow() {
    assertThat(ServiceStarter.jvmOptions(21, List.of()))
        .doesNotContain("-XX:+UseCompactObjectHeaders")
        .contains("-XX:NewRatio=8");
  }

  @Test
  void serviceJavaOptsComeLastSoTheyOverrideTheTuning() {
    List<String> jvm = ServiceStarter.jvmOptions(25, USER);
    assertThat(jvm.subList(jvm.size() - USER.size(), jvm.size())).isEqualTo(USER);
    assertThat(jvm.lastIndexOf("-XX:NewRatio=2")).isGreaterThan(jvm.indexOf("-XX:NewRatio=8"));
  }

  @Test
  void theJdkRunningTheLauncherStartsWithTheseOptions() throws Exception {
    List<String> command = new ArrayList<>(List.of(Layout.java()));
    command.addAll(
        ServiceSpec.platformServices()
            .getFirst()
            .jvmOptions(ServiceStarter.jvmOptions(Runtime.version().feature(), USER)));
    command.add("-version");
    Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(java.getInputStream().readAllBytes());
    assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(java.exitValue()).as(output).isZero();
  }
}
