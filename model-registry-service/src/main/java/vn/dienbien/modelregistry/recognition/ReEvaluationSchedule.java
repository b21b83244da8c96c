package vn.dienbien.modelregistry.recognition;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Upcoming re-evaluations, keyed {@code <due date>|<recognition id>} so that "everything due by D"
 * is an {@code _id} range read in due order: the sweep costs what is due, not the registry's size
 * (the embedded store only speeds up {@code _id} and unique-index lookups). An entry is an intent:
 * written before the model, checked against the model when it fires, deleted when handled.
 */
@Component
class ReEvaluationSchedule {

  private final MongoTemplate mongo;

  ReEvaluationSchedule(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Document("re_evaluation_schedule")
  record Entry(@Id String id, String modelId, String recognitionId, LocalDate dueDate) {

    static Entry of(String modelId, String recognitionId, LocalDate dueDate) {
      return new Entry(dueDate + "|" + recognitionId, modelId, recognitionId, dueDate);
    }
  }

  void plan(String modelId, String recognitionId, LocalDate dueDate) {
    mongo.save(Entry.of(modelId, recognitionId, dueDate));
  }

  /** Entries due on or before {@code until}, earliest first. */
  List<Entry> dueBy(LocalDate until, int limit) {
    Query due =
        query(where("_id").lt(until.plusDays(1).toString())).with(Sort.by("_id")).limit(limit);
    return mongo.find(due, Entry.class);
  }

  void remove(Entry entry) {
    mongo.remove(query(where("_id").is(entry.id())), Entry.class);
  }

  void cancel(String recognitionId, LocalDate dueDate) {
    mongo.remove(query(where("_id").is(dueDate + "|" + recognitionId)), Entry.class);
  }
}
