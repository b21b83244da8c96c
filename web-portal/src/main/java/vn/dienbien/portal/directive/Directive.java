package vn.dienbien.portal.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A directive as directive-service shows it. */
public record Directive(
    String id,
    String number,
    String issuingBodyId,
    LocalDate issuedOn,
    String title,
    int periodStartYear,
    int periodEndYear,
    String signer,
    String status,
    Instant issuedAt,
    int taskCount,
    int assignmentCount,
    List<Task> tasks) {

  public Directive {
    tasks = tasks == null ? List.of() : List.copyOf(tasks);
  }

  public boolean draft() {
    return "DRAFT".equals(status);
  }

  public record Task(
      String id,
      String code,
      String content,
      String leadUnitId,
      String leadGroupId,
      List<String> coordinatingUnitIds,
      List<String> coordinatingGroupIds,
      String expectedOutput,
      Deadline deadline) {}

  public record Deadline(
      String kind, LocalDate dueDate, String cadence, List<Milestone> milestones) {

    public Deadline {
      milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
  }

  /**
   * A dated product of an ongoing or annual task (sơ kết, tổng kết); {@code dateSource} says who
   * set the date: DIRECTIVE, PROVINCE or PROVINCE_DEFAULT.
   */
  public record Milestone(
      String key, String label, LocalDate dueDate, LocalDate windowOpensOn, String dateSource) {}
}
