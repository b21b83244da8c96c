package vn.dienbien.notification.rule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dienbien.notification.contact.ContactRole;
import vn.dienbien.notification.message.Channel;
import vn.dienbien.notification.message.MessageKind;

/**
 * One line of {@code notification.rules}: when an occurrence of {@code kind} matches every
 * condition in {@code when}, the officials of {@code recipients} get {@code template} on {@code
 * channels}.
 *
 * @param when fact name → {@code "7"}, {@code ">=2"}, {@code "<=3"} or {@code "2..5"}
 * @param critical sent even to officials who opted out of the kind, on the rule's channels
 * @param cancelOnSubmission a reminder that is void once the obligation's report is submitted
 * @param digest whether the emails may wait for the official's daily digest: {@code DEFAULT} (as
 *     the digest settings say), {@code NEVER} (needs a decision now: sent at once) or {@code ONLY}
 *     (told only in a digest: nothing for an official who gets no digest)
 */
public record Rule(
    @NotBlank String name,
    @NotNull MessageKind kind,
    Map<String, String> when,
    @NotEmpty List<@Valid Audience> recipients,
    @NotEmpty Set<Channel> channels,
    @NotBlank String template,
    boolean critical,
    boolean cancelOnSubmission,
    Digest digest) {

  public Rule {
    when = when == null ? Map.of() : Map.copyOf(when);
    digest = digest == null ? Digest.DEFAULT : digest;
  }

  /** How a rule's emails relate to the daily digest. */
  public enum Digest {
    DEFAULT,
    NEVER,
    ONLY
  }

  boolean appliesTo(Occurrence occurrence) {
    return kind == occurrence.kind()
        && when.entrySet().stream()
            .allMatch(c -> Conditions.matches(c.getValue(), occurrence.fact(c.getKey())));
  }

  /**
   * Whose officials: {@code EVENT_UNIT} (the unit the event concerns), {@code MONITORING_BODY} (Ban
   * Tuyên giáo và Dân vận Tỉnh ủy) or a unit code.
   */
  public record Audience(@NotBlank String unit, @NotEmpty Set<ContactRole> roles) {

    public static final String EVENT_UNIT = "EVENT_UNIT";
    public static final String MONITORING_BODY = "MONITORING_BODY";
  }
}
