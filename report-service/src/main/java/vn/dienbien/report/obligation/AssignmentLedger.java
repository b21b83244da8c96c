package vn.dienbien.report.obligation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which obligations each assignment has, and whether it is closed: {@code _id = assignmentId}, so
 * extensions and closures find their obligations by {@code _id} lookups only (the embedded store
 * cannot use secondary indexes).
 */
@Component
class AssignmentLedger {

  static final String COLLECTION = "assignments";

  private final MongoTemplate mongo;

  AssignmentLedger(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  void record(String assignmentId, List<String> obligationIds) {
    Update update = new Update().addToSet("obligationIds").each(obligationIds.toArray());
    mongo.upsert(query(where("_id").is(assignmentId)), update, COLLECTION);
  }

  List<String> obligationIds(String assignmentId) {
    Document doc = mongo.findById(assignmentId, Document.class, COLLECTION);
    return doc == null ? List.of() : doc.getList("obligationIds", String.class, List.of());
  }

  boolean isClosed(String assignmentId) {
    Document doc = mongo.findById(assignmentId, Document.class, COLLECTION);
    return doc != null && doc.get("closedAt") != null;
  }

  void close(String assignmentId, String reason, Instant at) {
    mongo.upsert(
        query(where("_id").is(assignmentId)),
        new Update().set("closedAt", at).set("closeReason", reason),
        COLLECTION);
  }
}
