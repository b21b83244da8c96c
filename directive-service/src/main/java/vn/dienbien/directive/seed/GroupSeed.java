package vn.dienbien.directive.seed;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dienbien.directive.unit.UnitGroup;
import vn.dienbien.directive.unit.UnitGroups;
import vn.dienbien.platform.csv.CsvRows;

/** Creates the seed unit groups (code,name,description) once; members come from the units CSV. */
@Component
class GroupSeed {

  private final UnitGroups groups;

  GroupSeed(UnitGroups groups) {
    this.groups = groups;
  }

  void load(String csv) {
    List<List<String>> rows = CsvRows.nonBlank(csv);
    rows.stream()
        .skip(1)
        .forEach(r ->
            groups.createIfAbsent(
                new UnitGroup(
                    r.get(0).strip(),
                    r.get(1).strip(),
                    r.size() > 2 ? r.get(2).strip() : null,
                    List.of())));
  }
}
