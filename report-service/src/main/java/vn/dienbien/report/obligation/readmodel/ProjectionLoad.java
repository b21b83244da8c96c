package vn.dienbien.report.obligation.readmodel;

import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dienbien.report.obligation.Obligation;

/**
 * Fills the {@link ObligationProjection} with one scan of the obligations while the context starts,
 * so before the service reports ready and before any consumer or request runs. Writes other
 * instances make meanwhile reach it through the {@link ObligationStateConsumer}.
 */
@Component
class ProjectionLoad implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(ProjectionLoad.class);

  private final MongoTemplate mongo;
  private final ObligationProjection projection;

  ProjectionLoad(MongoTemplate mongo, ObligationProjection projection) {
    this.mongo = mongo;
    this.projection = projection;
  }

  @Override
  public void afterPropertiesSet() {
    long start = System.nanoTime();
    AtomicInteger read = new AtomicInteger();
    try (var obligations = mongo.stream(new Query(), Obligation.class)) {
      obligations.forEach(o -> {
        read.incrementAndGet();
        projection.put(ObligationRow.of(o), "load");
      });
    }
    log.info(
        "Obligation projection loaded: {} obligations ({} read) in {} ms",
        projection.size(),
        read.get(),
        (System.nanoTime() - start) / 1_000_000);
  }
}
