package vn.dienbien.notification.unit;

import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Which unit codes exist. directive-service owns the directory; this service keeps the codes it has
 * heard of (unit-changed events, units named in other events) on top of a configured seed, so
 * contacts cannot be filed under a misspelt unit that no event will ever name.
 */
@Component
@EnableConfigurationProperties(UnitsProperties.class)
public class UnitDirectory {

  private final MongoTemplate mongo;
  private final UnitsProperties properties;
  private final Clock clock;

  UnitDirectory(MongoTemplate mongo, UnitsProperties properties, Clock clock) {
    this.mongo = mongo;
    this.properties = properties;
    this.clock = clock;
  }

  public boolean isKnown(String code) {
    if (code == null) {
      return false;
    }
    KnownUnit unit = mongo.findById(code, KnownUnit.class);
    return unit != null ? unit.active() : properties.seed().containsKey(code);
  }

  public Optional<String> nameOf(String code) {
    KnownUnit unit = mongo.findById(code, KnownUnit.class);
    return unit != null
        ? Optional.ofNullable(unit.name())
        : Optional.ofNullable(properties.seed().get(code));
  }

  public String monitoringBody() {
    return properties.monitoringBody();
  }

  /** Records what an event says about a unit; the latest word wins. */
  public void heardOf(String code, String name, boolean active) {
    if (code != null && !code.isBlank()) {
      mongo.save(new KnownUnit(code, name, active, clock.instant()));
    }
  }

  /** Records a unit named by an event other than unit-changed, without reviving a closed one. */
  public void mentioned(String code, String name) {
    if (code != null && mongo.findById(code, KnownUnit.class) == null) {
      heardOf(code, name, true);
    }
  }
}
