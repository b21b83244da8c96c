package vn.dienbien.directive.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dienbien.platform.validation.Diacritics;

/**
 * A directive (chỉ thị) with its tasks, stored as one document: the tasks change with the directive
 * and are only ever read with it. {@code searchText} is the folded copy of the text people search
 * in, because the embedded store cannot search ignoring diacritics by itself.
 */
@Document("directives")
public record Directive(
    @Id String id,
    @Indexed(unique = true) String number,
    String issuingBodyId,
    LocalDate issuedOn,
    String title,
    int periodStartYear,
    int periodEndYear,
    String signer,
    List<String> recipients,
    List<Section> sections,
    List<Task> tasks,
    DirectiveStatus status,
    String supersedesId,
    @Version long version,
    Instant createdAt,
    Instant issuedAt,
    int assignmentCount,
    String searchText) {

  public Directive {
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    sections = sections == null ? List.of() : List.copyOf(sections);
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
  }

  /**
   * A new draft of what {@code written} says, with its {@code sections} and {@code tasks}; task ids
   * are derived from the directive id and task codes.
   */
  static Directive draft(
      DirectiveDraft written, List<Section> sections, List<Task> tasks, Instant now) {
    return new Directive(
            DirectiveNumber.idOf(written.number()),
            written.number(),
            written.issuingBodyId(),
            written.issuedOn(),
            written.title(),
            written.periodStartYear(),
            written.periodEndYear(),
            written.signer(),
            written.recipients(),
            sections,
            List.of(),
            DirectiveStatus.DRAFT,
            written.supersedesId(),
            0,
            now,
            null,
            0,
            null)
        .withTasks(tasks);
  }

  /** This directive with {@code next} as its tasks, owned by it, and its search text again. */
  Directive withTasks(List<Task> next) {
    List<Task> owned = next.stream().map(t -> t.inDirective(id)).toList();
    return with(new Progress(owned, status, issuedAt, assignmentCount, searchTextOf(owned)));
  }

  /** This directive in {@code next} status (see {@link DirectiveLifecycle}). */
  Directive withStatus(DirectiveStatus next, Instant issuedAt, int assignmentCount) {
    return with(new Progress(tasks, next, issuedAt, assignmentCount, searchText));
  }

  private String searchTextOf(List<Task> tasks) {
    String text =
        Stream.concat(
                Stream.of(number, title, signer),
                tasks.stream().flatMap(t -> Stream.of(t.code(), t.content(), t.expectedOutput())))
            .filter(s -> s != null && !s.isBlank())
            .collect(Collectors.joining(" \n "));
    return Diacritics.fold(text);
  }

  /** The parts of a directive its transitions change. */
  private record Progress(
      List<Task> tasks,
      DirectiveStatus status,
      Instant issuedAt,
      int assignmentCount,
      String searchText) {}

  private Directive with(Progress p) {
    return new Directive(
        id,
        number,
        issuingBodyId,
        issuedOn,
        title,
        periodStartYear,
        periodEndYear,
        signer,
        recipients,
        sections,
        p.tasks(),
        p.status(),
        supersedesId,
        version,
        createdAt,
        p.issuedAt(),
        p.assignmentCount(),
        p.searchText());
  }

  /** Superseded or expired: its open assignments are withdrawn. */
  public boolean hasEnded() {
    return status == DirectiveStatus.SUPERSEDED || status == DirectiveStatus.EXPIRED;
  }

  public Optional<Task> task(String code) {
    return tasks.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  /**
   * First day reporting can start: the period's first day, but never before the directive was
   * issued.
   */
  public LocalDate periodStart() {
    LocalDate start = LocalDate.of(periodStartYear, 1, 1);
    return issuedOn.isAfter(start) ? issuedOn : start;
  }

  public LocalDate periodEnd() {
    return LocalDate.of(periodEndYear, 12, 31);
  }
}
