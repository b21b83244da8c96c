package vn.dienbien.contracts.topics;

/** What a topic is for, which decides how long Kafka keeps its records. */
public enum TopicKind {
  /** Every event a service published: the record analysts replay. Kept forever. */
  HISTORY,
  /** Latest state per aggregate id: compacted, so only the newest record of each key stays. */
  STATE,
  /** Records one consumer group could not handle, parked for an operator. */
  DEAD_LETTER
}
