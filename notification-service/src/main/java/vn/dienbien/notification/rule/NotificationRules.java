package vn.dienbien.notification.rule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Who is told what, on which channel, for each kind of occurrence: {@code notification.rules}. */
@Validated
@ConfigurationProperties("notification")
public record NotificationRules(@NotEmpty List<@Valid Rule> rules) {

  public NotificationRules {
    rules = rules == null ? List.of() : List.copyOf(rules);
    rules.forEach(rule -> rule.when().values().forEach(Conditions::check));
  }

  List<Rule> matching(Occurrence occurrence) {
    return rules.stream().filter(rule -> rule.appliesTo(occurrence)).toList();
  }
}
