package vn.dienbien.contracts.topics;

/**
 * One topic of the platform.
 *
 * @param name the topic name
 * @param kind history, current state or dead letters, which decides retention and cleanup
 * @param purpose one line for operators (shown by the topic tool and in docs/OPERATIONS.md)
 */
public record TopicSpec(String name, TopicKind kind, String purpose) {}
