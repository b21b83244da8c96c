package vn.dienbien.platform.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.dienbien.platform.validation.Regexes;
import vn.dienbien.platform.web.PageQuery;

/** The service's append-only {@code audit_log}: inserts and reads, no update, no delete. */
public class AuditTrail {

  /** Filters of an audit search; any may be empty. {@code to} is exclusive. */
  public record Search(
      Optional<String> userId,
      Optional<String> unitId,
      Optional<String> subjectId,
      Optional<String> pathPrefix,
      Optional<Instant> from,
      Optional<Instant> to) {}

  /** The entries of one page and how many matched in all. */
  public record Page(List<AuditEntry> items, long total) {}

  private final MongoTemplate mongo;

  public AuditTrail(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  void append(AuditRecord record) {
    mongo.insert(record);
  }

  /** Newest first. */
  public Page search(Search search, PageQuery page) {
    Query query = new Query(criteria(search));
    long total = mongo.count(query, AuditRecord.class);
    query.with(Sort.by(Sort.Direction.DESC, "_id")).skip(page.offset()).limit(page.size());
    var items = mongo.find(query, AuditRecord.class).stream().map(AuditEntry::of).toList();
    return new Page(items, total);
  }

  private static Criteria criteria(Search search) {
    List<Criteria> all = new ArrayList<>();
    search.userId().ifPresent(u -> all.add(Criteria.where("userId").is(u)));
    search
        .unitId()
        .ifPresent(u ->
            all.add(
                new Criteria()
                    .orOperator(
                        Criteria.where("unitId").is(u), Criteria.where("targetUnit").is(u))));
    search.subjectId().ifPresent(s -> all.add(Criteria.where("subjectIds").is(s)));
    search.pathPrefix().ifPresent(p -> all.add(Criteria.where("path").regex(Regexes.prefix(p))));
    if (search.from().isPresent() || search.to().isPresent()) {
      Criteria id = Criteria.where("_id");
      search.from().ifPresent(f -> id.gte(ObjectId.getSmallestWithDate(Date.from(f))));
      search.to().ifPresent(t -> id.lt(ObjectId.getSmallestWithDate(Date.from(t.plusSeconds(1)))));
      all.add(id);
      search.from().ifPresent(f -> all.add(Criteria.where("at").gte(f)));
      search.to().ifPresent(t -> all.add(Criteria.where("at").lt(t)));
    }
    return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
  }
}
