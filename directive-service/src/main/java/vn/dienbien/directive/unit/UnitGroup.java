package vn.dienbien.directive.unit;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A named set of units the directives address tasks to ("chính quyền các cấp", "các đơn vị lực
 * lượng vũ trang tỉnh"). Members live in the group document so a fan-out reads one document by id.
 */
@Document("unit_groups")
public record UnitGroup(
    @Id String code, String name, String description, List<String> memberCodes) {

  public UnitGroup {
    memberCodes = memberCodes == null ? List.of() : List.copyOf(memberCodes);
  }
}
