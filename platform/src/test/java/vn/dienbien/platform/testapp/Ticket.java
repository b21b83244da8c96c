package vn.dienbien.platform.testapp;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A tiny aggregate whose changes emit events through the outbox. */
@Document("tickets")
public record Ticket(@Id String id, String unitId, String status) {}
