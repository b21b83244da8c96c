package vn.dienbien.localstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelayLeaderTests {

  @Test
  void readsTheGaugeFromThePrometheusExposition() {
    String leading =
        """
        # HELP outbox_relay_leader 1 on the instance whose relay holds the lease and publishes
        # TYPE outbox_relay_leader gauge
        outbox_relay_leader{application="report-service"} 1.0
        outbox_relay_failures_total{application="report-service"} 0.0
        """;
    assertThat(RelayLeader.gauge(leading)).isEqualTo(1);
    assertThat(RelayLeader.gauge(leading.replace("} 1.0", "} 0.0"))).isZero();
    assertThat(RelayLeader.gauge("outbox_relay_leader 1.0\n")).isEqualTo(1);
  }

  @Test
  void aServiceWithoutTheGaugeCannotTell() {
    assertThat(RelayLeader.gauge("outbox_relay_failures_total 0.0\n")).isEqualTo(-1);
  }
}
