package vn.dienbien.modelregistry.unit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Local replica of one entry of directive-service's units directory, kept from unit-changed events
 * so that "unknown unit" can be answered without a synchronous call.
 */
@Document("units")
public record Unit(
    @Id String code, String name, String level, String kind, String parentId, boolean active) {}
