package vn.dienbien.directive.assignment;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.dienbien.contracts.directive.DirectiveIssued;
import vn.dienbien.contracts.directive.TaskAssigned.Role;
import vn.dienbien.directive.directive.Directive;
import vn.dienbien.directive.directive.DirectiveStatus;
import vn.dienbien.directive.directive.Directives;
import vn.dienbien.directive.directive.Task;
import vn.dienbien.directive.refusal.Refusal;
import vn.dienbien.directive.unit.UnitDirectory;
import vn.dienbien.platform.outbox.IdentifiedEvent;
import vn.dienbien.platform.outbox.Outbox;

/**
 * Issues a directive: one assignment per unit for every task, each stored with its task-assigned
 * event, then the directive flips to ISSUED with its directive-issued event. Assignment ids and
 * event ids are deterministic and the flip comes last, so a retry after a crash anywhere in between
 * completes the missing assignments and duplicates nothing.
 */
@Service
public class Issuing {

  /** What an issue call did: {@code created} is 0 when everything already existed. */
  public record Result(Directive directive, int assignments, int created, boolean alreadyIssued) {}

  private static final Logger log = LoggerFactory.getLogger(Issuing.class);

  private final Directives directives;
  private final UnitDirectory units;
  private final Outbox outbox;
  private final Clock clock;
  private final MeterRegistry meters;
  private final String monitoringUnitId;
  private final Withdrawal withdrawal;

  Issuing(
      Directives directives,
      UnitDirectory units,
      Outbox outbox,
      Clock clock,
      MeterRegistry meters,
      @Value("${directive.monitoring-unit-id:BTGDV-TU}") String monitoringUnitId,
      Withdrawal withdrawal) {
    this.directives = directives;
    this.units = units;
    this.outbox = outbox;
    this.clock = clock;
    this.meters = meters;
    this.monitoringUnitId = monitoringUnitId;
    this.withdrawal = withdrawal;
  }

  public Result issue(String directiveId, String actorId) {
    return issue(directiveId, actorId, clock.instant());
  }

  /** Issues as of {@code assignedAt} (the seed issues the 2026 directives as of their date). */
  public Result issue(String directiveId, String actorId, Instant assignedAt) {
    Directive directive = directives.get(directiveId);
    if (directive.status() == DirectiveStatus.ISSUED) {
      // a crash may have stopped the first call between issuing and superseding: finish it
      withdrawal.supersede(directive, actorId);
      return new Result(directive, directive.assignmentCount(), 0, true);
    }
    if (directive.status() != DirectiveStatus.DRAFT) {
      throw Refusal.conflict(
          "directive-not-draft",
          "Chỉ thị "
              + directive.number()
              + " đã "
              + (directive.status() == DirectiveStatus.EXPIRED ? "hết hiệu lực" : "bị thay thế"),
          "status",
          "chỉ ban hành được chỉ thị ở trạng thái dự thảo");
    }
    return Timer.builder("directives.issue")
        .register(meters)
        .record(() -> assignAll(directive, actorId, assignedAt));
  }

  private Result assignAll(Directive directive, String actorId, Instant assignedAt) {
    List<Assignment> planned = plan(directive, assignedAt);
    int created = 0;
    for (Assignment assignment : planned) {
      var event =
          IdentifiedEvent.of(
              assignment.assigned(actorId, clock.getZone()), "assignment:" + assignment.id());
      if (outbox.insertIfAbsent(assignment, List.of(event))) {
        created++;
      }
    }
    markIssued(directive, planned.size(), actorId, assignedAt);
    meters.counter("assignments.created").increment(created);
    log.info(
        "Issued directive {}: {} assignments, {} new", directive.number(), planned.size(), created);
    return new Result(directives.get(directive.id()), planned.size(), created, false);
  }

  /**
   * The assignments issuing would create now, written nowhere: what the Văn phòng previews before
   * issuing (how many units, and for whom). Errors name the offending task field, as issuing would.
   */
  public List<Assignment> preview(String directiveId) {
    return plan(directives.get(directiveId), clock.instant());
  }

  /** Resolves every task to its units before anything is written, so a bad task writes nothing. */
  private List<Assignment> plan(Directive directive, Instant assignedAt) {
    if (directive.tasks().isEmpty()) {
      throw Refusal.invalidField("tasks", "chỉ thị chưa có nhiệm vụ nào để giao");
    }
    FanOut.Roster roster =
        new FanOut.Roster() {
          public vn.dienbien.directive.unit.Unit unit(String code, String field) {
            return units.requireActive(code, field);
          }

          public List<vn.dienbien.directive.unit.Unit> members(String group, String field) {
            return units.membersOf(group, field);
          }
        };
    List<Assignment> planned = new ArrayList<>();
    for (int i = 0; i < directive.tasks().size(); i++) {
      Task task = directive.tasks().get(i);
      for (FanOut.Assignee who : FanOut.of(task, roster, "tasks[" + i + "].")) {
        planned.add(assignment(directive, task, who, assignedAt));
      }
    }
    return planned;
  }

  private Assignment assignment(Directive d, Task task, FanOut.Assignee who, Instant assignedAt) {
    var deadline = task.deadline();
    return new Assignment(
        Assignment.idOf(task.id(), who.unit().code()),
        d.id(),
        d.number(),
        d.title(),
        task.id(),
        task.code(),
        task.content(),
        task.expectedOutput(),
        who.unit().code(),
        who.unit().name(),
        who.role(),
        deadline.kind(),
        deadline.dueDate(),
        deadline.dueDate(),
        deadline.cadence(),
        d.periodStart(),
        d.periodEnd(),
        monitoringUnitId,
        AssignmentStatus.OPEN,
        assignedAt,
        null,
        List.of(),
        null,
        null,
        // The dated products (sơ kết, tổng kết) are the lead's: coordinators contribute to them.
        who.role() == Role.LEAD ? deadline.milestones() : List.of());
  }

  private void markIssued(Directive d, int assignmentCount, String actorId, Instant issuedAt) {
    var issued =
        new DirectiveIssued(
            d.id(),
            d.number(),
            d.title(),
            d.issuingBodyId(),
            d.issuedOn(),
            d.periodStart(),
            d.periodEnd(),
            d.tasks().size(),
            assignmentCount,
            actorId);
    Update update =
        new Update()
            .set("status", DirectiveStatus.ISSUED)
            .set("issuedAt", issuedAt)
            .set("assignmentCount", assignmentCount);
    boolean flipped =
        outbox.update(
            Directive.class,
            Directives.inStatus(d.id(), DirectiveStatus.DRAFT),
            update,
            List.of(IdentifiedEvent.of(issued, "directive:" + d.id() + ":issued")));
    if (flipped) {
      meters.counter("directives.issued").increment();
    }
    withdrawal.supersede(d, actorId);
  }
}
