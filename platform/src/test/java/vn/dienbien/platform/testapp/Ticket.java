package vn.dienbien.platform.testapp;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A tiny aggregate whose changes emit events through the outbox. */
@Document("tickets")
public record Ticket(@Id String id, String unitId, String status, Note note) {

  public Ticket(String id, String unitId, String status) {
    this(id, unitId, status, null);
  }

  /** An embedded record with its own id (Spring Data stores it as {@code _id}). */
  public record Note(String id, String text) {}
}
