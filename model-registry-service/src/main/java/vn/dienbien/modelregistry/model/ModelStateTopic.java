package vn.dienbien.modelregistry.model;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dienbien.platform.outbox.StateTopic;

/**
 * Publishes every model's current state to the compacted topic {@code model-state} (key: model id)
 * with each change written through the outbox: unit, kind, field, status, levels and years. No
 * name, description or decision text: an exemplar may be a person.
 */
@Configuration(proxyBeanMethods = false)
public class ModelStateTopic {

  @Bean
  StateTopic<Model> modelState() {
    return StateTopic.of(Model.class, ModelEvents.STATE_TYPE, ModelEvents::currentState);
  }
}
