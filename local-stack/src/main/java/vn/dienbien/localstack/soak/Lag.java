package vn.dienbien.localstack.soak;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import vn.dienbien.contracts.topics.TopicCatalog;

/** Records the services' consumer groups have not yet processed, summed over their partitions. */
public final class Lag {

  private final Admin admin;

  public Lag(Admin admin) {
    this.admin = admin;
  }

  /** Lag per consumer group; -1 for a group whose offsets cannot be read right now. */
  public Map<String, Long> byGroup() {
    Map<String, Long> lag = new HashMap<>();
    for (TopicCatalog.Subscription s : TopicCatalog.SUBSCRIPTIONS) {
      long groupLag = of(s);
      lag.merge(s.group(), groupLag, (a, b) -> a < 0 || b < 0 ? -1 : a + b);
    }
    return lag;
  }

  public static long total(Map<String, Long> byGroup) {
    return byGroup.values().stream().anyMatch(v -> v < 0)
        ? -1
        : byGroup.values().stream().mapToLong(Long::longValue).sum();
  }

  private long of(TopicCatalog.Subscription s) {
    try {
      List<TopicPartitionInfo> partitions =
          admin
              .describeTopics(List.of(s.topic()))
              .allTopicNames()
              .get(5, TimeUnit.SECONDS)
              .get(s.topic())
              .partitions();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      partitions.forEach(
          p -> latest.put(new TopicPartition(s.topic(), p.partition()), OffsetSpec.latest()));
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
          admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(s.group())
              .partitionsToOffsetAndMetadata()
              .get(5, TimeUnit.SECONDS);
      long lag = 0;
      for (var end : ends.entrySet()) {
        OffsetAndMetadata done = committed.get(end.getKey());
        lag += end.getValue().offset() - (done == null ? 0 : done.offset());
      }
      return lag;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return -1;
    }
  }
}
