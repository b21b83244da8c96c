package vn.dienbien.directive.directive;

import vn.dienbien.contracts.directive.DirectiveIssued;
import vn.dienbien.platform.outbox.IdentifiedEvent;

/** A directive's events, with identities derived from the directive so a retry re-sends none. */
public final class DirectiveEvents {

  private DirectiveEvents() {}

  /** directive-issued of {@code issued} (its assignment count set). */
  public static IdentifiedEvent issued(Directive issued, String actorId) {
    var event =
        new DirectiveIssued(
            issued.id(),
            issued.number(),
            issued.title(),
            issued.issuingBodyId(),
            issued.issuedOn(),
            issued.periodStart(),
            issued.periodEnd(),
            issued.tasks().size(),
            issued.assignmentCount(),
            actorId);
    return IdentifiedEvent.of(event, "directive:" + issued.id() + ":issued");
  }
}
