package vn.dienbien.directive.unit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dienbien.platform.refusal.Refusal;

/** Creates groups and changes who is in them; a group must always name at least one unit. */
@Service
public class UnitGroups {

  private final Units units;

  UnitGroups(Units units) {
    this.units = units;
  }

  public List<UnitGroup> all() {
    return units.allGroups();
  }

  public UnitGroup get(String code) {
    return units.findGroup(code).orElseThrow(() -> Refusal.notFound("nhóm đơn vị", code));
  }

  public List<Unit> members(UnitGroup group) {
    return units.findAll(group.memberCodes());
  }

  public UnitGroup create(UnitGroup group) {
    List<String> members = checkedMembers(group.memberCodes());
    UnitGroup stored = new UnitGroup(group.code(), group.name(), group.description(), members);
    if (!units.insertGroupIfAbsent(stored)) {
      throw Refusal.duplicate(
          "duplicate-group", "Đã có nhóm đơn vị mã " + group.code(), "code", "mã nhóm đã tồn tại");
    }
    return stored;
  }

  /**
   * Creates a seed group once, members included; an existing group is left as the operator edited
   * it.
   */
  public boolean createIfAbsent(UnitGroup group) {
    return units.insertGroupIfAbsent(group);
  }

  public UnitGroup replaceMembers(String code, List<String> memberCodes) {
    get(code);
    units.replaceMembers(code, checkedMembers(memberCodes));
    return get(code);
  }

  void addMembers(String code, List<String> memberCodes) {
    units.addMembers(code, memberCodes);
  }

  boolean exists(String code) {
    return units.findGroup(code).isPresent();
  }

  private List<String> checkedMembers(List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      throw Refusal.invalidField("memberIds", "nhóm đơn vị phải có ít nhất một thành viên");
    }
    List<Refusal.FieldError> errors = new ArrayList<>();
    var known = units.findAll(codes).stream().map(Unit::code).toList();
    for (int i = 0; i < codes.size(); i++) {
      if (!known.contains(codes.get(i))) {
        errors.add(
            new Refusal.FieldError(
                "memberIds[" + i + "]", "không có đơn vị với mã " + codes.get(i)));
      }
    }
    if (!errors.isEmpty()) {
      throw Refusal.invalidFields(errors);
    }
    return List.copyOf(new LinkedHashSet<>(codes));
  }
}
