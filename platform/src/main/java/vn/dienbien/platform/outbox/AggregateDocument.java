package vn.dienbien.platform.outbox;

import org.bson.Document;
import org.springframework.data.mapping.PersistentPropertyAccessor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;
import org.springframework.data.mongodb.core.query.Update;

/**
 * An aggregate as the outbox writes it: its document, {@code _id}, collection and, when its type
 * has a Spring Data {@code @Version} property, its version. The outbox's own fields never come from
 * here.
 */
final class AggregateDocument<T> {

  private final MongoTemplate mongo;
  private final MongoPersistentEntity<?> entity;
  private final T aggregate;
  final Document doc = new Document();
  final Object id;
  final String collection;

  AggregateDocument(MongoTemplate mongo, T aggregate) {
    this.mongo = mongo;
    this.aggregate = aggregate;
    this.entity =
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(aggregate.getClass());
    mongo.getConverter().write(aggregate, doc);
    this.id = doc.get("_id");
    if (id == null) {
      throw new IllegalArgumentException(
          aggregate.getClass().getSimpleName() + " needs an id before it is saved");
    }
    this.collection = mongo.getCollectionName(aggregate.getClass());
  }

  boolean versioned() {
    return entity.hasVersionProperty();
  }

  String versionField() {
    return entity.getRequiredVersionProperty().getFieldName();
  }

  /** The version the aggregate was read at; null for one never stored. */
  Long version() {
    return doc.get(versionField()) instanceof Number n ? n.longValue() : null;
  }

  /** The aggregate (a copy, if immutable) carrying {@code version}. */
  T withVersion(long version) {
    MongoPersistentProperty property = entity.getRequiredVersionProperty();
    Class<?> type = property.getActualType();
    Object value = type == int.class || type == Integer.class ? (Object) (int) version : version;
    PersistentPropertyAccessor<T> accessor = entity.getPropertyAccessor(aggregate);
    accessor.setProperty(property, value);
    return accessor.getBean();
  }

  /**
   * The update that makes the stored document equal the aggregate: every field set, and every
   * mapped property the aggregate leaves null removed; {@code _id} and the outbox's field
   * untouched.
   */
  Update replacement() {
    Update update = new Update();
    doc.forEach((field, value) -> {
      if (!"_id".equals(field) && !OutboxEntry.FIELD.equals(field)) {
        update.set(field, value);
      }
    });
    entity.doWithProperties((MongoPersistentProperty property) -> {
      if (!property.isIdProperty() && !doc.containsKey(property.getFieldName())) {
        update.unset(property.getFieldName());
      }
    });
    return update;
  }

  /** The same fields for an insert: set only when the upsert creates the document. */
  Update insertion() {
    Update update = new Update();
    doc.forEach((field, value) -> {
      if (!"_id".equals(field) && !OutboxEntry.FIELD.equals(field)) {
        update.setOnInsert(field, value);
      }
    });
    return update;
  }
}
