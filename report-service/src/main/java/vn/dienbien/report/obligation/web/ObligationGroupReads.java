package vn.dienbien.report.obligation.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.Obligations;
import vn.dienbien.report.obligation.readmodel.ObligationGroup;
import vn.dienbien.report.obligation.readmodel.ObligationProjection;
import vn.dienbien.report.obligation.readmodel.ObligationRow;

/**
 * A unit's obligations by group: grouped, counted and ordered on the {@link ObligationProjection},
 * then only the obligations shown read, with one {@code _id $in}.
 */
final class ObligationGroupReads {

  private final ObligationProjection projection;
  private final Obligations obligations;
  private final int dueSoonDays;

  ObligationGroupReads(ObligationProjection projection, Obligations obligations, int dueSoonDays) {
    this.projection = projection;
    this.obligations = obligations;
    this.dueSoonDays = dueSoonDays;
  }

  GroupedObligations summary(String unitId, int preview, LocalDate today, ZoneId zone) {
    List<ObligationRow> all = projection.ofUnit(unitId);
    Map<ObligationGroup, List<ObligationRow>> groups =
        ObligationGroup.sort(all, today, dueSoonDays);
    List<String> shown = new ArrayList<>();
    groups.values().forEach(rows -> rows.stream().limit(preview).forEach(r -> shown.add(r.id())));
    Map<String, ObligationView> views = views(shown, zone);
    List<GroupedObligations.Group> out = new ArrayList<>();
    for (var group : groups.entrySet()) {
      List<ObligationRow> rows = group.getValue();
      List<ObligationView> first = present(rows.stream().limit(preview).toList(), views);
      out.add(new GroupedObligations.Group(group.getKey(), rows.size(), first));
    }
    return new GroupedObligations(unitId, today, dueSoonDays, all.size(), out);
  }

  PagedResponse<ObligationView> page(
      String unitId, ObligationGroup group, PageQuery page, LocalDate today, ZoneId zone) {
    List<ObligationRow> rows =
        ObligationGroup.sort(projection.ofUnit(unitId), today, dueSoonDays).get(group);
    List<ObligationRow> slice = page.slice(rows);
    Map<String, ObligationView> views = views(slice.stream().map(ObligationRow::id).toList(), zone);
    return PagedResponse.of(present(slice, views), rows.size(), page);
  }

  private Map<String, ObligationView> views(Collection<String> ids, ZoneId zone) {
    return obligations.byIds(ids).stream()
        .collect(Collectors.toMap(Obligation::id, o -> ObligationView.of(o, zone)));
  }

  /** The views of {@code rows} in their order; a row whose obligation is gone is left out. */
  private static List<ObligationView> present(
      List<ObligationRow> rows, Map<String, ObligationView> views) {
    return rows.stream().map(r -> views.get(r.id())).filter(v -> v != null).toList();
  }
}
