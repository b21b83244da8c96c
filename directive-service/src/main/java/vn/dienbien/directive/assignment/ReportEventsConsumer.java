package vn.dienbien.directive.assignment;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.platform.inbox.EventHandlers;
import vn.dienbien.platform.inbox.EventInbox;

/**
 * Reads report-events as consumer group directive-service (dedupe and DLQ by the platform inbox):
 * an accepted final report closes its assignment; other reviews concern report-service only.
 */
@Configuration(proxyBeanMethods = false)
class ReportEventsConsumer {

  static final String GROUP = "directive-service";

  @Bean
  Consumer<Message<byte[]>> reportEvents(EventInbox inbox, AssignmentClosing closing) {
    return inbox.consumer(
        GROUP,
        EventHandlers.builder()
            .on(ReportReviewed.class, e -> onReviewed(closing, e.data()))
            .build());
  }

  static void onReviewed(AssignmentClosing closing, ReportReviewed review) {
    if (review.outcome() == ReportReviewed.Outcome.ACCEPTED && review.finalReport()) {
      closing.onFinalReportAccepted(
          review.assignmentId(), review.reportId(), review.reviewedAt(), review.actorId());
    }
  }
}
