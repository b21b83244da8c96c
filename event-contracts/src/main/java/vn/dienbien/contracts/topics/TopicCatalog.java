package vn.dienbien.contracts.topics;

import java.util.ArrayList;
import java.util.List;
import vn.dienbien.contracts.Topics;

/**
 * Every topic the platform uses, as code: the topic tool creates them and keeps their configuration
 * ({@link TopicPolicy}) in the local stack, the cluster mode, docker-compose and Kubernetes. A new
 * consumer group is added to {@link #SUBSCRIPTIONS}, which gives it its dead-letter topic.
 */
public final class TopicCatalog {

  /** A consumer group reading a topic (its dead letters go to {@code <topic>.dlq.<group>}). */
  public record Subscription(String topic, String group) {
    public String deadLetterTopic() {
      return Topics.deadLetter(topic, group);
    }
  }

  public static final List<TopicSpec> HISTORY =
      List.of(
          history(Topics.DIRECTIVE_EVENTS, "directive-service"),
          history(Topics.REPORT_EVENTS, "report-service"),
          history(Topics.MODEL_REGISTRY_EVENTS, "model-registry-service"),
          history(Topics.NOTIFICATION_EVENTS, "notification-service"));

  public static final List<TopicSpec> STATE =
      List.of(
          new TopicSpec(
              Topics.OBLIGATION_STATE,
              TopicKind.STATE,
              "latest state of each reporting obligation, keyed by obligation id"),
          new TopicSpec(
              Topics.ASSIGNMENT_STATE,
              TopicKind.STATE,
              "latest state of each assignment (task x unit), keyed by assignment id"),
          new TopicSpec(
              Topics.MODEL_STATE,
              TopicKind.STATE,
              "latest state of each \"Dân vận khéo\" model, keyed by model id"));

  /** The consumer groups of the services' application.yml (a test keeps them in step). */
  public static final List<Subscription> SUBSCRIPTIONS =
      List.of(
          new Subscription(Topics.DIRECTIVE_EVENTS, "report-service"),
          new Subscription(Topics.DIRECTIVE_EVENTS, "notification-service"),
          new Subscription(Topics.DIRECTIVE_EVENTS, "model-registry-service"),
          new Subscription(Topics.REPORT_EVENTS, "directive-service"),
          new Subscription(Topics.REPORT_EVENTS, "notification-service"),
          new Subscription(Topics.MODEL_REGISTRY_EVENTS, "notification-service"));

  public static final List<TopicSpec> ALL = all();

  private TopicCatalog() {}

  public static List<String> names() {
    return ALL.stream().map(TopicSpec::name).toList();
  }

  private static TopicSpec history(String topic, String publisher) {
    return new TopicSpec(
        topic, TopicKind.HISTORY, "every event " + publisher + " published, kept forever");
  }

  private static List<TopicSpec> all() {
    List<TopicSpec> all = new ArrayList<>(HISTORY);
    all.addAll(STATE);
    for (Subscription s : SUBSCRIPTIONS) {
      all.add(
          new TopicSpec(
              s.deadLetterTopic(),
              TopicKind.DEAD_LETTER,
              "records of " + s.topic() + " that " + s.group() + " could not handle"));
    }
    return List.copyOf(all);
  }
}
