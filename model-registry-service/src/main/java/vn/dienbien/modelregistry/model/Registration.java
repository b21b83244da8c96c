package vn.dienbien.modelregistry.model;

import java.time.Instant;
import java.util.List;

/** A yearly registration at one level, and what became of it. */
public record Registration(
    int year,
    Level level,
    Outcome outcome,
    List<String> reasons,
    Instant registeredAt,
    String registeredBy) {

  public enum Outcome {
    PENDING,
    EVALUATED,
    RECOGNISED,
    NOT_RECOGNISED
  }

  boolean matches(int year, Level level) {
    return this.year == year && this.level == level;
  }

  /** Recognised or not: the council has decided on this registration. */
  public boolean decided() {
    return outcome == Outcome.RECOGNISED || outcome == Outcome.NOT_RECOGNISED;
  }

  Registration with(Outcome outcome, List<String> reasons) {
    return new Registration(year, level, outcome, reasons, registeredAt, registeredBy);
  }
}
