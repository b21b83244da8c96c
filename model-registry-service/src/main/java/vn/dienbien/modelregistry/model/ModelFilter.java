package vn.dienbien.modelregistry.model;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.dienbien.platform.validation.Diacritics;
import vn.dienbien.platform.validation.Regexes;

/**
 * The filters officials combine when listing, counting or exporting models: unit, field, target
 * area, level, status, year, and free text that ignores diacritics. Year and level select models
 * with a registration of that year/level.
 */
public record ModelFilter(
    Kind kind,
    String unitId,
    Field field,
    TargetArea targetArea,
    Level level,
    ModelStatus status,
    Integer year,
    String q) {

  public Query toQuery() {
    return toQuery(null);
  }

  /** The query, also matching {@code also} when given (the caller's jurisdiction, say). */
  public Query toQuery(Criteria also) {
    Criteria criteria = new Criteria();
    if (also != null) {
      criteria.andOperator(also);
    }
    addIf(criteria, "kind", kind);
    addIf(criteria, "unitId", unitId);
    addIf(criteria, "profile.field", field);
    addIf(criteria, "status", status);
    if (targetArea != null) {
      // Documents written before a model could address several areas hold only profile.targetArea.
      criteria.orOperator(
          where("profile.targetAreas").is(targetArea.name()),
          where("profile.targetArea").is(targetArea.name()));
    }
    if (year != null || level != null) {
      Criteria registration = new Criteria();
      addIf(registration, "year", year);
      addIf(registration, "level", level);
      criteria.and("registrations").elemMatch(registration);
    }
    if (q != null && !q.isBlank()) {
      // Escaped character by character: the embedded store does not understand \Q...\E quoting.
      criteria.and("searchText").regex(Regexes.literal(Diacritics.fold(q)));
    }
    return Query.query(criteria).with(Sort.by(Sort.Direction.ASC, "unitId", "_id"));
  }

  private static void addIf(Criteria criteria, String key, Object value) {
    if (value != null) {
      criteria.and(key).is(value instanceof Enum<?> e ? e.name() : value);
    }
  }

  public static ModelFilter all() {
    return new ModelFilter(null, null, null, null, null, null, null, null);
  }
}
