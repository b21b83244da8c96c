package vn.dienbien.directive.unit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.platform.validation.Diacritics;

/** The stored units and groups; lookups by code are lookups by {@code _id}. */
@Component
class Units {

  private final MongoTemplate mongo;
  private final Outbox outbox;

  Units(MongoTemplate mongo, Outbox outbox) {
    this.mongo = mongo;
    this.outbox = outbox;
  }

  /** Marks unit {@code code} inactive with {@code events} if it is active; false if it was not. */
  boolean saveDeactivated(String code, List<? extends DomainEvent> events) {
    Query activeOnly = query(where("_id").is(code).and("active").is(true));
    return outbox.update(Unit.class, activeOnly, new Update().set("active", false), events);
  }

  Optional<Unit> find(String code) {
    return Optional.ofNullable(mongo.findById(code, Unit.class));
  }

  List<Unit> findAll(Collection<String> codes) {
    return mongo.find(query(where("_id").in(codes)), Unit.class);
  }

  List<Unit> search(UnitDirectory.Filter filter) {
    Criteria criteria = new Criteria();
    if (filter.level() != null) {
      criteria.and("level").is(filter.level());
    }
    if (filter.kind() != null) {
      criteria.and("kind").is(filter.kind());
    }
    if (filter.parentCode() != null) {
      criteria.and("parentCode").is(filter.parentCode());
    }
    if (filter.active() != null) {
      criteria.and("active").is(filter.active());
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      criteria.and("nameFolded").regex(Pattern.quote(Diacritics.fold(filter.text())));
    }
    return mongo.find(new Query(criteria).with(Sort.by("level", "_id")), Unit.class);
  }

  Optional<UnitGroup> findGroup(String code) {
    return Optional.ofNullable(mongo.findById(code, UnitGroup.class));
  }

  List<UnitGroup> allGroups() {
    return mongo.find(new Query().with(Sort.by("_id")), UnitGroup.class);
  }

  /** Inserts the group unless its code exists; two instances seeding at once both succeed. */
  boolean insertGroupIfAbsent(UnitGroup group) {
    try {
      mongo.insert(group);
      return true;
    } catch (DuplicateKeyException exists) {
      return false;
    }
  }

  void replaceMembers(String groupCode, List<String> members) {
    mongo.updateFirst(
        query(where("_id").is(groupCode)),
        new Update().set("memberCodes", members),
        UnitGroup.class);
  }

  void addMembers(String groupCode, List<String> members) {
    mongo.updateFirst(
        query(where("_id").is(groupCode)),
        new Update().addToSet("memberCodes").each(members.toArray()),
        UnitGroup.class);
  }
}
