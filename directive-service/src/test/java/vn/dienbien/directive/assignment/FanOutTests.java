package vn.dienbien.directive.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.dienbien.directive.directive.Deadline;
import vn.dienbien.directive.directive.Task;
import vn.dienbien.directive.unit.Level;
import vn.dienbien.directive.unit.Unit;

class FanOutTests {

  static final List<Unit> COMMUNES =
      IntStream.rangeClosed(1, 45)
          .mapToObj(i -> Unit.of("XA-" + i, "Xã " + i, "COMMUNE", Level.COMMUNE, null, null))
          .toList();
  static final Unit BTC =
      Unit.of("BTC-TU", "Ban Tổ chức Tỉnh ủy", "PARTY_AGENCY", Level.PROVINCE, null, null);

  static final FanOut.Roster ROSTER =
      new FanOut.Roster() {
        public Unit unit(String code, String field) {
          return code.equals("BTC-TU")
              ? BTC
              : COMMUNES.stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
        }

        public List<Unit> members(String group, String field) {
          return Map.of("XA-PHUONG", COMMUNES).get(group);
        }
      };

  @Test
  void aGroupFansOutToEveryMemberAsLead() {
    Task task =
        new Task(
            "d:1",
            "1",
            "Nội dung",
            null,
            "XA-PHUONG",
            List.of(),
            List.of(),
            null,
            Deadline.annual());
    List<FanOut.Assignee> assignees = FanOut.of(task, ROSTER, "");
    assertThat(assignees).hasSize(45).allMatch(a -> a.role() == Role.LEAD);
  }

  @Test
  void aUnitThatLeadsAndCoordinatesIsAssignedOnceAsLead() {
    Task task =
        new Task(
            "d:2",
            "2",
            "Nội dung",
            null,
            "XA-PHUONG",
            List.of("XA-3", "BTC-TU"),
            List.of(),
            null,
            Deadline.annual());
    List<FanOut.Assignee> assignees = FanOut.of(task, ROSTER, "");
    assertThat(assignees).hasSize(46);
    assertThat(
            assignees.stream()
                .filter(a -> a.unit().code().equals("XA-3"))
                .map(FanOut.Assignee::role))
        .containsExactly(Role.LEAD);
    assertThat(
            assignees.stream().filter(a -> a.role() == Role.COORDINATING).map(a -> a.unit().code()))
        .containsExactly("BTC-TU");
  }
}
