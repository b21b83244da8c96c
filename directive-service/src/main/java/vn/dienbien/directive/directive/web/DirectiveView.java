package vn.dienbien.directive.directive.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dienbien.directive.directive.Directive;
import vn.dienbien.directive.directive.DirectiveStatus;
import vn.dienbien.directive.directive.Section;
import vn.dienbien.directive.directive.Task;

record DirectiveView(
    String id,
    String number,
    String issuingBodyId,
    LocalDate issuedOn,
    String title,
    int periodStartYear,
    int periodEndYear,
    String signer,
    List<String> recipients,
    List<Section> sections,
    DirectiveStatus status,
    String supersedesId,
    Instant issuedAt,
    int taskCount,
    int assignmentCount,
    List<Task> tasks) {

  static DirectiveView of(Directive d) {
    return new DirectiveView(
        d.id(),
        d.number(),
        d.issuingBodyId(),
        d.issuedOn(),
        d.title(),
        d.periodStartYear(),
        d.periodEndYear(),
        d.signer(),
        d.recipients(),
        d.sections(),
        d.status(),
        d.supersedesId(),
        d.issuedAt(),
        d.tasks().size(),
        d.assignmentCount(),
        d.tasks());
  }
}
