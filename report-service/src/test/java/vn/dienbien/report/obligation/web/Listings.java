package vn.dienbien.report.obligation.web;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;
import vn.dienbien.report.obligation.ExtensionRequest;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationState;
import vn.dienbien.report.obligation.Obligations;
import vn.dienbien.report.obligation.readmodel.ObligationFilter;
import vn.dienbien.report.obligation.readmodel.ObligationProjection;

/**
 * The obligation list as {@code GET /api/v1/obligations} answers it ({@link #viaProjection}) and as
 * it answered it before the projection ({@link #viaStore}: the store query, verbatim).
 */
public final class Listings {

  private static final Map<String, String> SORT_FIELDS =
      Map.of(
          "dueDate", "dueDate",
          "unitId", "assignment.unitId",
          "state", "state",
          "directiveNumber", "assignment.directiveNumber");

  private Listings() {}

  public static PagedResponse<ObligationView> viaProjection(
      ObligationProjection projection,
      Obligations obligations,
      ObligationFilter filter,
      PageQuery page,
      ZoneId zone) {
    return new ObligationListing(projection, obligations).page(filter, page, zone);
  }

  public static PagedResponse<ObligationView> viaStore(
      MongoTemplate mongo, ObligationFilter f, PageQuery page, ZoneId zone) {
    Query query =
        filter(
            f.unitId(),
            f.directiveNumber(),
            f.state(),
            f.overdue(),
            f.dueFrom(),
            f.dueTo(),
            f.today());
    if (f.extensionPending()) {
      query.addCriteria(where("extensionRequests.decision").is(ExtensionRequest.Decision.PENDING));
    }
    long total = mongo.count(query, Obligation.class);
    page.apply(query, SORT_FIELDS, Sort.by("dueDate"));
    var items =
        mongo.find(query, Obligation.class).stream().map(o -> ObligationView.of(o, zone)).toList();
    return PagedResponse.of(items, total, page);
  }

  private static Query filter(
      String unitId,
      String directiveNumber,
      ObligationState state,
      Boolean overdue,
      LocalDate dueFrom,
      LocalDate dueTo,
      LocalDate today) {
    Query query = new Query();
    if (unitId != null) {
      query.addCriteria(where("assignment.unitId").is(unitId));
    }
    if (directiveNumber != null) {
      query.addCriteria(where("assignment.directiveNumber").is(directiveNumber));
    }
    if (state != null) {
      query.addCriteria(where("state").is(state));
    }
    if (overdue != null) {
      query.addCriteria(overdue(overdue, today));
    }
    if (dueFrom != null || dueTo != null) {
      var due = where("dueDate");
      query.addCriteria(
          dueTo == null
              ? due.gte(dueFrom)
              : dueFrom == null ? due.lte(dueTo) : due.gte(dueFrom).lte(dueTo));
    }
    return query;
  }

  private static Criteria overdue(boolean overdue, LocalDate today) {
    var owing = new Object[] {ObligationState.OPEN, ObligationState.RETURNED};
    return overdue
        ? new Criteria().andOperator(where("dueDate").lt(today), where("state").in(owing))
        : new Criteria().orOperator(where("dueDate").gte(today), where("state").nin(owing));
  }
}
