package vn.dienbien.directive.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.dienbien.directive.unit.UnitDirectory;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.platform.refusal.Refusal;
import vn.dienbien.platform.refusal.Refusal.FieldError;

/**
 * Writes drafts: creates a directive and edits its tasks until it is issued. Every rule is checked
 * before the single write, so a rejected request leaves nothing behind.
 */
@Service
public class DirectiveDrafting {

  private final Directives directives;
  private final TaskRules rules;
  private final Outbox outbox;
  private final Clock clock;

  DirectiveDrafting(Directives directives, UnitDirectory units, Outbox outbox, Clock clock) {
    this.directives = directives;
    this.rules = new TaskRules(units);
    this.outbox = outbox;
    this.clock = clock;
  }

  /** Stores a new draft, or answers 409 naming {@code number} if that number exists. */
  public Directive create(Directive draft) {
    if (!createIfAbsent(draft)) {
      throw Refusal.duplicate(
          "duplicate-number", "Đã có chỉ thị số " + draft.number(), "number", "số hiệu đã tồn tại");
    }
    return directives.get(draft.id());
  }

  /**
   * Stores a checked draft unless a directive with its number exists (the seed: several instances
   * starting at once all seed, one writes); true if this call stored it.
   */
  public boolean createIfAbsent(Directive draft) {
    checkDirective(draft);
    rules.checkIssuer(draft.issuingBodyId());
    for (int i = 0; i < draft.tasks().size(); i++) {
      rules.check(draft.tasks().get(i), draft, "tasks[" + i + "]");
    }
    uniqueCodes(draft.tasks());
    return outbox.insertIfAbsent(draft, List.of());
  }

  public Directive addTask(String directiveId, Task task) {
    Directive current = editable(directiveId);
    if (current.task(task.code()).isPresent()) {
      throw Refusal.invalidField("code", "chỉ thị đã có nhiệm vụ số " + task.code());
    }
    rules.check(task, current, "");
    List<Task> next = new ArrayList<>(current.tasks());
    next.add(task);
    return write(current.withTasks(next));
  }

  public Directive replaceTask(String directiveId, String code, Task task) {
    Directive current = editable(directiveId);
    current.task(code).orElseThrow(() -> Refusal.notFound("nhiệm vụ", code));
    if (!code.equals(task.code())) {
      throw Refusal.invalidField("code", "số thứ tự nhiệm vụ không được thay đổi");
    }
    rules.check(task, current, "");
    return write(
        current.withTasks(
            current.tasks().stream().map(t -> t.code().equals(code) ? task : t).toList()));
  }

  public Directive removeTask(String directiveId, String code) {
    Directive current = editable(directiveId);
    current.task(code).orElseThrow(() -> Refusal.notFound("nhiệm vụ", code));
    return write(
        current.withTasks(current.tasks().stream().filter(t -> !t.code().equals(code)).toList()));
  }

  private Directive editable(String id) {
    return DirectiveLifecycle.requireEditable(directives.get(id));
  }

  private Directive write(Directive next) {
    if (!directives.save(next, List.of())) {
      throw DirectiveLifecycle.concurrentEdit();
    }
    return directives.get(next.id());
  }

  private void checkDirective(Directive draft) {
    List<FieldError> errors = new ArrayList<>();
    if (!DirectiveNumber.isValid(draft.number())) {
      errors.add(new FieldError("number", "số hiệu phải có dạng 06-CT/TU"));
    }
    if (draft.periodEndYear() < draft.periodStartYear()) {
      errors.add(new FieldError("periodEndYear", "năm kết thúc phải sau năm bắt đầu"));
    }
    LocalDate today = LocalDate.now(clock);
    if (draft.issuedOn() != null && draft.issuedOn().isAfter(today.plusYears(1))) {
      errors.add(new FieldError("issuedOn", "ngày ban hành không hợp lý"));
    }
    if (!errors.isEmpty()) {
      throw Refusal.invalidFields(errors);
    }
    if (draft.supersedesId() != null) {
      directives
          .find(draft.supersedesId())
          .filter(d -> d.status() == DirectiveStatus.ISSUED)
          .orElseThrow(
              () -> Refusal.invalidField("supersedesId", "chỉ thay thế được chỉ thị đã ban hành"));
    }
  }

  private static void uniqueCodes(List<Task> tasks) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < tasks.size(); i++) {
      if (!seen.add(tasks.get(i).code())) {
        throw Refusal.invalidField("tasks[" + i + "].code", "số thứ tự nhiệm vụ bị trùng");
      }
    }
  }
}
