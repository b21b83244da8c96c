package vn.dienbien.report.obligation.web;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.Obligations;
import vn.dienbien.report.obligation.readmodel.ObligationFilter;
import vn.dienbien.report.obligation.readmodel.ObligationProjection;
import vn.dienbien.report.obligation.readmodel.ObligationRow;

/**
 * A page of obligations: filtered, counted and ordered on the {@link ObligationProjection}, then
 * only the page's obligations read, by {@code _id}. Orders as the store ordered them: the requested
 * fields (due date by default), then {@code _id}; states by name.
 */
final class ObligationListing {

  private static final Map<String, Comparator<ObligationRow>> SORT_FIELDS =
      Map.of(
          "dueDate", Comparator.comparing(ObligationRow::dueDate),
          "unitId", Comparator.comparing(ObligationRow::unitId),
          "state", Comparator.comparing(r -> r.state().name()),
          "directiveNumber",
              Comparator.comparing(
                  ObligationRow::directiveNumber,
                  Comparator.nullsFirst(Comparator.naturalOrder())));

  private final ObligationProjection projection;
  private final Obligations obligations;

  ObligationListing(ObligationProjection projection, Obligations obligations) {
    this.projection = projection;
    this.obligations = obligations;
  }

  PagedResponse<ObligationView> page(ObligationFilter filter, PageQuery page, ZoneId zone) {
    List<ObligationRow> candidates =
        filter.unitId() == null ? projection.all() : projection.ofUnit(filter.unitId());
    List<String> ids =
        candidates.stream().filter(filter).sorted(order(page)).map(ObligationRow::id).toList();
    List<String> pageIds = page.slice(ids);
    Map<String, Obligation> read =
        obligations.byIds(pageIds).stream()
            .collect(Collectors.toMap(Obligation::id, Function.identity()));
    List<ObligationView> items =
        pageIds.stream()
            .map(read::get)
            .filter(o -> o != null)
            .map(o -> ObligationView.of(o, zone))
            .toList();
    return PagedResponse.of(items, ids.size(), page);
  }

  static Comparator<ObligationRow> order(PageQuery page) {
    Comparator<ObligationRow> order = null;
    for (PageQuery.Order requested : page.sort()) {
      Comparator<ObligationRow> field = SORT_FIELDS.get(requested.property());
      if (field != null) {
        field = requested.ascending() ? field : field.reversed();
        order = order == null ? field : order.thenComparing(field);
      }
    }
    Comparator<ObligationRow> byId = Comparator.comparing(ObligationRow::id);
    return (order == null ? SORT_FIELDS.get("dueDate") : order).thenComparing(byId);
  }
}
