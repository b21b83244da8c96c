package vn.dienbien.directive.unit;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.platform.refusal.Refusal;

/**
 * The units directory other features ask "who is this unit" and "who is in this group". Every
 * change is stored with its {@code unit-changed} event in one write.
 */
@Service
public class UnitDirectory {

  private final Units units;
  private final Outbox outbox;

  UnitDirectory(Units units, Outbox outbox) {
    this.units = units;
    this.outbox = outbox;
  }

  public Optional<Unit> find(String code) {
    return code == null ? Optional.empty() : units.find(code);
  }

  /** The units among {@code codes} that exist, by code (one query). */
  public Map<String, Unit> byCode(Collection<String> codes) {
    return units.findAll(codes).stream()
        .collect(Collectors.toMap(Unit::code, Function.identity(), (a, b) -> a));
  }

  /** An active unit, or a 400 naming {@code field}. */
  public Unit requireActive(String code, String field) {
    return find(code)
        .filter(Unit::active)
        .orElseThrow(
            () -> Refusal.invalidField(field, "không có đơn vị đang hoạt động với mã " + code));
  }

  /** The active members of a group, or a 400 naming {@code field} if it is unknown or empty. */
  public List<Unit> membersOf(String groupCode, String field) {
    UnitGroup group =
        units
            .findGroup(groupCode)
            .orElseThrow(
                () -> Refusal.invalidField(field, "không có nhóm đơn vị với mã " + groupCode));
    List<Unit> members =
        units.findAll(group.memberCodes()).stream()
            .filter(Unit::active)
            .sorted(Comparator.comparing(Unit::code))
            .toList();
    if (members.isEmpty()) {
      throw Refusal.invalidField(
          field, "nhóm đơn vị " + groupCode + " không có thành viên nào đang hoạt động");
    }
    return members;
  }

  /** A directory query; every criterion is optional. */
  public record Filter(Level level, String kind, String parentCode, String text, Boolean active) {}

  public List<Unit> search(Filter filter) {
    return units.search(filter);
  }

  /** Creates a unit once; a retry with the same code yields the same event id. */
  public boolean create(Unit unit, String actorId) {
    var event = UnitEvents.created(unit, actorId);
    return outbox.insertIfAbsent(unit, List.of(event));
  }

  public Unit createOrConflict(Unit unit, String actorId) {
    if (!create(unit, actorId)) {
      throw Refusal.duplicate(
          "duplicate-unit", "Đã có đơn vị mã " + unit.code(), "code", "mã đơn vị đã tồn tại");
    }
    return unit;
  }

  /** Replaces the unit's facts; nothing is written (and no event sent) when nothing changed. */
  public boolean update(Unit changed, String actorId) {
    Unit current =
        units.find(changed.code()).orElseThrow(() -> Refusal.notFound("đơn vị", changed.code()));
    if (current.sameFactsAs(changed) && current.active()) {
      return false;
    }
    Unit next = changed.reactivated();
    outbox.save(next, List.of(UnitEvents.updated(next, actorId)));
    return true;
  }

  /** Marks a unit inactive (history keeps pointing at it); only the first call publishes. */
  public Unit deactivate(String code, String actorId) {
    Unit current = units.find(code).orElseThrow(() -> Refusal.notFound("đơn vị", code));
    units.saveDeactivated(code, List.of(UnitEvents.deactivated(current, actorId)));
    return units.find(code).orElseThrow();
  }
}
