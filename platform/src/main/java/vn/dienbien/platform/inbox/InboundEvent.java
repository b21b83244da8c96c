package vn.dienbien.platform.inbox;

import java.time.OffsetDateTime;

/** A consumed event: the CloudEvents attributes a handler may need, and its typed data. */
public record InboundEvent<T>(
    String id, String type, String source, String subject, OffsetDateTime time, T data) {}
