package vn.dienbien.modelregistry.unit;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dienbien.platform.refusal.Refusal;

/** The units this service knows, looked up by code (the {@code _id}). */
@Component
public class UnitDirectory {

  private final MongoTemplate mongo;

  UnitDirectory(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<Unit> find(String code) {
    return Optional.ofNullable(code).map(c -> mongo.findById(c, Unit.class));
  }

  /** The codes of the units directly under {@code code} in the directory (its {@code parentId}). */
  public List<String> under(String code) {
    return mongo.find(Query.query(where("parentId").is(code)), Unit.class).stream()
        .map(Unit::code)
        .toList();
  }

  /**
   * The active unit with this code, or an invalid input naming {@code field}: a model must belong
   * to a unit the directory knows and that still exists.
   */
  public Unit requireActive(String code, String field) {
    Unit unit =
        find(code)
            .orElseThrow(
                () -> Refusal.invalidField(field, "đơn vị không có trong danh mục: " + code));
    if (!unit.active()) {
      throw Refusal.invalidField(field, "đơn vị đã ngừng hoạt động: " + code);
    }
    return unit;
  }

  /** Applies a directory change; replaying the same change leaves the same state. */
  void apply(Unit unit) {
    mongo.save(unit);
  }
}
