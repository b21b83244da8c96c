package vn.dienbien.directive;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import vn.dienbien.directive.assignment.Assignment;
import vn.dienbien.directive.directive.Directive;

/**
 * Indexes, created idempotently when the context starts, before the seed runner writes. The unique
 * one on directive numbers is a guarantee; the others serve the assignment queries on real MongoDB
 * (the embedded store scans anyway).
 */
@Component
class Indexes {

  private final MongoTemplate mongo;

  Indexes(MongoTemplate mongo) {
    this.mongo = mongo;
    ensure();
  }

  private void ensure() {
    mongo.indexOps(Directive.class).createIndex(new Index("number", Sort.Direction.ASC).unique());
    var assignments = mongo.indexOps(Assignment.class);
    assignments.createIndex(
        new Index("unitId", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
    assignments.createIndex(new Index("directiveId", Sort.Direction.ASC));
    assignments.createIndex(new Index("taskId", Sort.Direction.ASC));
  }
}
