package vn.dienbien.report.obligation;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the unique indexes the {@link Transitions} guards rely on (idempotent), before any
 * consumer runs.
 */
@Component
public class ObligationIndexes implements InitializingBean {

  private final MongoTemplate mongo;

  ObligationIndexes(MongoTemplate mongo) {
    this.mongo = mongo;
  }

  @Override
  public void afterPropertiesSet() {
    ensure(mongo);
  }

  public static void ensure(MongoTemplate mongo) {
    var ops = mongo.indexOps(Obligation.COLLECTION);
    ops.createIndex(new Index("revKey", Sort.Direction.ASC).unique().named("revKey"));
    ops.createIndex(
        new Index("revKey", Sort.Direction.ASC)
            .on("_id", Sort.Direction.ASC)
            .unique()
            .named("revKey_id"));
  }
}
