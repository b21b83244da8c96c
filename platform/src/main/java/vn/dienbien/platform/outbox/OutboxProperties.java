package vn.dienbien.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Relay settings ({@code platform.outbox.*}).
 *
 * @param pollInterval how often the relay looks for pending events when not woken by a write
 * @param batchSize events read per batch
 * @param maxBatchesPerRound batches per round: a round reads the markers of this many batches at
 *     once and runs the next round at once when it read that many
 * @param sendTimeout how long to wait for the broker to acknowledge a batch
 * @param maxBackoff longest wait between attempts while Kafka is down
 * @param markerLease age after which a marker without an event is discarded (the write failed)
 * @param lockAtMostFor lease of the single active relay among a service's instances: renewed while
 *     its holder runs, so it is how long the others wait before taking over from a killed holder
 */
@ConfigurationProperties("platform.outbox")
public record OutboxProperties(
    @DefaultValue("500ms") Duration pollInterval,
    @DefaultValue("500") int batchSize,
    @DefaultValue("20") int maxBatchesPerRound,
    @DefaultValue("30s") Duration sendTimeout,
    @DefaultValue("10s") Duration maxBackoff,
    @DefaultValue("2m") Duration markerLease,
    @DefaultValue("10s") Duration lockAtMostFor) {}
