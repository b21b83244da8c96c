package vn.dienbien.directive.directive;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks issued directives whose period has ended as EXPIRED, once a day. Directives are few (tens a
 * year), so the scan is cheap; ShedLock keeps it to one instance at a time.
 */
@Component
class DirectiveExpiry {

  private static final Logger log = LoggerFactory.getLogger(DirectiveExpiry.class);

  private final Directives directives;
  private final MongoTemplate mongo;
  private final Clock clock;

  DirectiveExpiry(Directives directives, MongoTemplate mongo, Clock clock) {
    this.directives = directives;
    this.mongo = mongo;
    this.clock = clock;
  }

  @Scheduled(cron = "${directive.expiry.cron:0 15 0 * * *}", zone = "Asia/Ho_Chi_Minh")
  @SchedulerLock(name = "directive-expiry")
  void expireEnded() {
    int year = LocalDate.now(clock).getYear();
    for (Directive d : directives.issuedEndingBefore(year)) {
      mongo.updateFirst(
          Directives.inStatus(d.id(), DirectiveStatus.ISSUED),
          new Update().set("status", DirectiveStatus.EXPIRED),
          Directive.class);
      log.info("Directive {} expired (period ended {})", d.number(), d.periodEnd());
    }
  }
}
