package vn.dienbien.testsupport.fuzz;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What the service has stored, collection by collection, as one hash each — to prove a refused
 * write left nothing behind. Pending outbox entries ({@code _outbox}) are left out: the relay
 * clears them on its own schedule.
 */
final class StoreFingerprint {

  private final MongoTemplate mongo;
  private final Set<String> ignored;

  StoreFingerprint(MongoTemplate mongo, Set<String> ignored) {
    this.mongo = mongo;
    this.ignored = ignored;
  }

  Map<String, Integer> take() {
    Map<String, Integer> hashes = new TreeMap<>();
    for (String name : mongo.getCollectionNames()) {
      if (ignored.contains(name)) {
        continue;
      }
      int hash = 1;
      for (Document document : mongo.getCollection(name).find()) {
        document.remove("_outbox");
        hash = 31 * hash + document.hashCode();
      }
      hashes.put(name, hash);
    }
    return hashes;
  }
}
