package vn.dienbien.notification.intake;

import java.util.function.Consumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import vn.dienbien.contracts.modelregistry.CommendationAwarded;
import vn.dienbien.contracts.modelregistry.ModelRecognised;
import vn.dienbien.contracts.modelregistry.RecognitionRevoked;
import vn.dienbien.notification.intake.News.Commended;
import vn.dienbien.notification.intake.News.Recognised;
import vn.dienbien.notification.intake.News.Revoked;
import vn.dienbien.notification.intake.News.Source;
import vn.dienbien.notification.intake.News.Unit;
import vn.dienbien.notification.reminder.Notifier;
import vn.dienbien.platform.inbox.EventHandlers;
import vn.dienbien.platform.inbox.EventInbox;

/**
 * Reads model-registry-events as consumer group notification-service: a model recognised, commended
 * or its recognition revoked, each read into the service's {@link News} here.
 */
@Configuration(proxyBeanMethods = false)
class ModelRegistryEventsConsumer {

  static final String GROUP = DirectiveEventsConsumer.GROUP;

  @Bean
  Consumer<Message<byte[]>> modelRegistryEvents(EventInbox inbox, Notifier notifier) {
    return inbox.consumer(
        GROUP,
        EventHandlers.builder()
            .on(
                ModelRecognised.class,
                e -> notifier.notify(Occurrences.recognised(Source.of(e), recognised(e.data()))))
            .on(
                CommendationAwarded.class,
                e -> notifier.notify(Occurrences.commended(Source.of(e), commended(e.data()))))
            .on(
                RecognitionRevoked.class,
                e -> notifier.notify(Occurrences.revoked(Source.of(e), revoked(e.data()))))
            .build());
  }

  private static Recognised recognised(ModelRecognised e) {
    return new Recognised(
        new Unit(e.unitId(), e.unitName(), null),
        e.name(),
        e.kind() == ModelRecognised.Kind.EXEMPLAR,
        e.level() == ModelRecognised.Level.PROVINCE,
        e.year(),
        e.field(),
        e.decisionNumber(),
        e.decisionDate());
  }

  private static Commended commended(CommendationAwarded e) {
    return new Commended(
        new Unit(e.unitId(), e.unitName(), null),
        e.name(),
        e.level() == CommendationAwarded.Level.PROVINCE,
        e.decisionNumber(),
        e.decisionDate());
  }

  private static Revoked revoked(RecognitionRevoked e) {
    return new Revoked(
        new Unit(e.unitId(), e.unitName(), null),
        e.name(),
        e.level() == RecognitionRevoked.Level.PROVINCE,
        e.year(),
        e.reason(),
        e.revokedAt());
  }
}
