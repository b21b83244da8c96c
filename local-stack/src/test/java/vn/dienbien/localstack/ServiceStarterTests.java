package vn.dienbien.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.dienbien.localstack.startup.SpringAot;

/**
 * The JVM options the launcher gives the service JVMs, per JDK and per jar (Spring AOT), and that a
 * JDK accepts them.
 */
class ServiceStarterTests {

  private static final List<String> USER = List.of("-XX:TieredStopAtLevel=1", "-XX:NewRatio=2");

  @Test
  void jdk25GetsCompactHeadersAndASmallYoungGeneration() {
    assertThat(ServiceStarter.jvmOptions(25, false, List.of()))
        .contains("-XX:+UseCompactObjectHeaders", "-XX:NewRatio=8");
  }

  @Test
  void jdk21IsNotGivenFlagsItDoesNotKnow() {
    assertThat(ServiceStarter.jvmOptions(21, false, List.of()))
        .doesNotContain("-XX:+UseCompactObjectHeaders")
        .contains("-XX:NewRatio=8");
  }

  @Test
  void serviceJavaOptsComeLastSoTheyOverrideTheTuning() {
    List<String> jvm = ServiceStarter.jvmOptions(25, true, USER);
    assertThat(jvm.subList(jvm.size() - USER.size(), jvm.size())).isEqualTo(USER);
    assertThat(jvm.lastIndexOf("-XX:NewRatio=2")).isGreaterThan(jvm.indexOf("-XX:NewRatio=8"));
  }

  @Test
  void jarWithSpringAotOutputStartsWithSpringAotEnabled() {
    assertThat(ServiceStarter.jvmOptions(25, true, List.of())).contains(SpringAot.ENABLE);
    assertThat(ServiceStarter.jvmOptions(21, true, List.of())).contains(SpringAot.ENABLE);
    assertThat(ServiceStarter.jvmOptions(25, false, List.of()))
        .noneMatch(option -> option.startsWith("-Dspring.aot.enabled"));
  }

  @Test
  void serviceJavaOptsCanTurnSpringAotOff() {
    List<String> jvm = ServiceStarter.jvmOptions(25, true, List.of("-Dspring.aot.enabled=false"));
    assertThat(jvm.lastIndexOf("-Dspring.aot.enabled=false"))
        .isGreaterThan(jvm.indexOf(SpringAot.ENABLE));
  }

  @Test
  void readyLineSaysWhenTheServiceRunsWithSpringAot() {
    assertThat(ServiceStarter.note("AOT cache", true)).isEqualTo("AOT cache; Spring AOT");
    assertThat(ServiceStarter.note("", true)).isEqualTo("Spring AOT");
    assertThat(ServiceStarter.note("AOT cache", false)).isEqualTo("AOT cache");
  }

  @Test
  void theJdkRunningTheLauncherStartsWithTheseOptions() throws Exception {
    List<String> command = new ArrayList<>(List.of(Layout.java()));
    command.addAll(
        ServiceSpec.platformServices()
            .getFirst()
            .jvmOptions(ServiceStarter.jvmOptions(Runtime.version().feature(), true, USER)));
    command.add("-version");
    Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(java.getInputStream().readAllBytes());
    assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(java.exitValue()).as(output).isZero();
  }
}
