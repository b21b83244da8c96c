package vn.dienbien.report.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reads obligations; every lookup here goes by {@code _id}. */
@Component
public class Obligations {

  private final MongoTemplate mongo;

  Obligations(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  public Optional<Obligation> byId(String id) {
    return Optional.ofNullable(mongo.findById(id, Obligation.class));
  }

  public List<Obligation> byIds(Collection<String> ids) {
    return ids.isEmpty() ? List.of() : mongo.find(query(where("_id").in(ids)), Obligation.class);
  }
}
