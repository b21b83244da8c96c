package vn.dienbien.report.obligation;

import java.util.function.Consumer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dienbien.contracts.directive.AssignmentClosed;
import vn.dienbien.contracts.directive.DeadlineExtended;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.platform.inbox.EventHandlers;
import vn.dienbien.platform.inbox.EventInbox;

/** Consumes directive-service's assignment events (binding {@code directiveEvents-in-0}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
class DirectiveEventsConfiguration {

  static final String GROUP = "report-service";

  @Bean
  Consumer<Message<byte[]>> directiveEvents(
      EventInbox inbox, ObligationLifecycle lifecycle, AssignmentExtensions extensions) {
    return inbox.consumer(
        GROUP,
        EventHandlers.builder()
            .on(TaskAssigned.class, e -> lifecycle.open(e.data()))
            .on(DeadlineExtended.class, e -> extensions.extend(e.data()))
            .on(AssignmentClosed.class, e -> lifecycle.close(e.data()))
            .build());
  }
}
