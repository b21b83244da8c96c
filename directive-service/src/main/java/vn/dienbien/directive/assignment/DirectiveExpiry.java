package vn.dienbien.directive.assignment;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dienbien.directive.directive.Directive;
import vn.dienbien.directive.directive.Directives;

/**
 * Once a day: expires issued directives whose period has ended, withdrawing their open assignments,
 * and finishes any supersede or withdrawal a crash interrupted. Directives are few (tens a year),
 * so the scans are cheap; ShedLock keeps it to one instance at a time. It lives with the
 * assignments because ending a directive closes them.
 */
@Component
class DirectiveExpiry {

  private final Directives directives;
  private final Withdrawal withdrawal;
  private final Clock clock;

  DirectiveExpiry(Directives directives, Withdrawal withdrawal, Clock clock) {
    this.directives = directives;
    this.withdrawal = withdrawal;
    this.clock = clock;
  }

  @Scheduled(cron = "${directive.expiry.cron:0 15 0 * * *}", zone = "Asia/Ho_Chi_Minh")
  @SchedulerLock(name = "directive-expiry")
  void expireEnded() {
    int year = LocalDate.now(clock).getYear();
    for (Directive d : directives.issuedEndingBefore(year)) {
      withdrawal.expire(d);
    }
    withdrawal.resumeInterrupted();
  }
}
