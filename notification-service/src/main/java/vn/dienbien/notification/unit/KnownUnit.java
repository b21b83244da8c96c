package vn.dienbien.notification.unit;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A unit of directive-service's directory, as last heard of from its events. */
@Document("units")
record KnownUnit(@Id String code, String name, boolean active, Instant updatedAt) {}
