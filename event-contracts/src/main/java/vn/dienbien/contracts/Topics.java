package vn.dienbien.contracts;

/** Kafka topics, one per publishing service (ARCHITECTURE.md). */
public final class Topics {

  public static final String DIRECTIVE_EVENTS = "directive-events";
  public static final String REPORT_EVENTS = "report-events";
  public static final String MODEL_REGISTRY_EVENTS = "model-registry-events";
  public static final String NOTIFICATION_EVENTS = "notification-events";

  /** Current-state topics (compacted, keyed by aggregate id): the latest record is the state. */
  public static final String OBLIGATION_STATE = "obligation-state";

  public static final String ASSIGNMENT_STATE = "assignment-state";
  public static final String MODEL_STATE = "model-state";

  private Topics() {}

  /** Dead-letter topic of a consumer group reading {@code topic}. */
  public static String deadLetter(String topic, String group) {
    return topic + ".dlq." + group;
  }
}
