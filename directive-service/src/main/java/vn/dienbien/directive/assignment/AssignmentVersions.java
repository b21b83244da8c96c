package vn.dienbien.directive.assignment;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Gives the assignments stored before they carried a version the version 0, when the context starts
 * (before the seed, a consumer or a request writes one): the versioned save matches the version it
 * read, and a document without the field would match none, so its every change would be refused as
 * concurrent. Idempotent: a document with a version is not touched.
 */
@Component
class AssignmentVersions {

  private static final Logger log = LoggerFactory.getLogger(AssignmentVersions.class);

  AssignmentVersions(MongoTemplate mongo) {
    // By collection name: the entity's own update would also increment the version it sets.
    long adopted =
        mongo
            .updateMulti(
                query(where("version").exists(false)),
                new Update().set("version", 0L),
                mongo.getCollectionName(Assignment.class))
            .getModifiedCount();
    if (adopted > 0) {
      log.info("{} assignments stored without a version now have version 0", adopted);
    }
  }
}
