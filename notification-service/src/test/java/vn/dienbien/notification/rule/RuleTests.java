package vn.dienbien.notification.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dienbien.notification.contact.ContactRole;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.notification.message.MessageKind;
import vn.dienbien.testsupport.time.TestClock;

class RuleTests {

  @Test
  void escalationRulesApplyFromTheirStepOn() {
    Rule head = rule(MessageKind.REPORT_OVERDUE, Map.of("escalationStep", ">=2"));
    assertThat(head.appliesTo(overdue(1))).isFalse();
    assertThat(head.appliesTo(overdue(2))).isTrue();
    assertThat(head.appliesTo(overdue(5))).isTrue();
  }

  @Test
  void conditionsCoverRangesAndEquality() {
    assertThat(Conditions.matches("2..7", 7)).isTrue();
    assertThat(Conditions.matches("2..7", 1)).isFalse();
    assertThat(Conditions.matches("<=1", 1)).isTrue();
    assertThat(Conditions.matches("RETURNED", "RETURNED")).isTrue();
    assertThat(Conditions.matches("7", null)).isFalse();
  }

  @Test
  void aRuleOfAnotherKindNeverApplies() {
    assertThat(rule(MessageKind.TASK_ASSIGNED, Map.of()).appliesTo(overdue(1))).isFalse();
  }

  @Test
  void aMalformedConditionStopsTheStart() {
    assertThatThrownBy(() ->
            new NotificationRules(
                List.of(rule(MessageKind.REPORT_OVERDUE, Map.of("escalationStep", ">=two")))))
        .isInstanceOf(NumberFormatException.class);
  }

  private static Rule rule(MessageKind kind, Map<String, String> when) {
    return new Rule(
        "r",
        kind,
        when,
        List.of(new Rule.Audience(Rule.Audience.EVENT_UNIT, Set.of(ContactRole.UNIT_HEAD))),
        Set.of(Channel.EMAIL),
        "report-overdue",
        false,
        true,
        null);
  }

  private static Occurrence overdue(int step) {
    return new Occurrence(
        "e",
        "t",
        MessageKind.REPORT_OVERDUE,
        OffsetDateTime.now(TestClock.fixedAtBase()),
        "XA-NA-HY",
        "Xã Nà Hỳ",
        "o",
        Map.of("escalationStep", step));
  }
}
