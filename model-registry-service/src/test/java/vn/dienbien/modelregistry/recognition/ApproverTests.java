package vn.dienbien.modelregistry.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dienbien.modelregistry.model.Level;

/** Directive 11-CT/TU item 11.7e: each level recognises its own; the province its exemplars. */
class ApproverTests {

  @Test
  void aUnitsLeadershipDecidesItsOwnLevelForItselfAndTheUnitsUnderIt() {
    Approver commune = Approver.leadershipOf("XA-MUONG-NHE");
    assertThat(commune.mayDecide(Level.COMMUNE, "XA-MUONG-NHE", null)).isTrue();
    assertThat(commune.mayDecide(Level.COMMUNE, "MTTQ-XA-MUONG-NHE", "XA-MUONG-NHE"))
        .as("the commune's Front committee, under the commune")
        .isTrue();
    assertThat(commune.mayDecide(Level.COMMUNE, "XA-NA-HY", null)).isFalse();
    assertThat(commune.mayDecide(Level.PROVINCE, "XA-MUONG-NHE", null)).isFalse();
  }

  @Test
  void theMonitoringBodyDecidesTheProvincialLevelOnly() {
    Approver body = Approver.monitoringBody();
    assertThat(body.mayDecide(Level.PROVINCE, "XA-MUONG-NHE", null)).isTrue();
    assertThat(body.mayDecide(Level.COMMUNE, "XA-MUONG-NHE", null)).isFalse();
  }

  @Test
  void theSystemItselfIsNotRestricted() {
    assertThat(Approver.SYSTEM.mayDecide(Level.COMMUNE, "XA-NA-HY", null)).isTrue();
    assertThat(Approver.SYSTEM.mayDecide(Level.PROVINCE, "XA-NA-HY", null)).isTrue();
  }

  @Test
  void theQueueReachesWhatTheApproverMayDecide() {
    assertThat(Approver.leadershipOf("XA-MUONG-NHE").reaches(List.of("MTTQ-XA-MUONG-NHE")))
        .containsExactly(
            new Approver.Reach(Level.COMMUNE, Set.of("XA-MUONG-NHE", "MTTQ-XA-MUONG-NHE")));
    assertThat(Approver.monitoringBody().reaches(List.of()))
        .containsExactly(new Approver.Reach(Level.PROVINCE, null));
    assertThat(new Approver(false, null, false).reaches(List.of()))
        .as("a caller deciding nothing")
        .isEmpty();
    assertThat(Approver.SYSTEM.reaches(List.of())).containsExactly(new Approver.Reach(null, null));
  }
}
