package vn.dienbien.modelregistry.model;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dienbien.contracts.DomainEvent;
import vn.dienbien.platform.outbox.Outbox;
import vn.dienbien.platform.refusal.Refusal;

/**
 * The models collection. Every change is written with its events through the outbox in one
 * single-document update, guarded by the version read, so two concurrent decisions cannot both win.
 */
@Component
public class Models {

  private final MongoTemplate mongo;
  private final Outbox outbox;

  Models(MongoTemplate mongo, Outbox outbox) {
    this.mongo = mongo;
    this.outbox = outbox;
  }

  public Optional<Model> find(String id) {
    return Optional.ofNullable(mongo.findById(id, Model.class));
  }

  public Model require(String id) {
    return find(id).orElseThrow(() -> Refusal.notFound("mô hình/điển hình", id));
  }

  public List<Model> find(Query query) {
    return mongo.find(query, Model.class);
  }

  public long count(Query query) {
    return mongo.count(Query.of(query).limit(0).skip(0), Model.class);
  }

  /** Stores a new model with its events; false if a model with this id already exists. */
  public boolean create(Model model, List<DomainEvent> events) {
    return outbox.insertIfAbsent(model, events);
  }

  /**
   * Stores a changed model with its events (the outbox's versioned save moves its version on); a
   * {@link ConcurrentChange} if someone else changed it since it was read.
   */
  public void update(Model model, List<DomainEvent> events) {
    try {
      outbox.save(model, events);
    } catch (OptimisticLockingFailureException concurrentChange) {
      throw new ConcurrentChange(
          "Mô hình vừa được người khác cập nhật; vui lòng tải lại và thử lại");
    }
  }
}
