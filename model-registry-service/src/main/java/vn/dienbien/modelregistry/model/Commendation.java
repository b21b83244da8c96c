package vn.dienbien.modelregistry.model;

import java.time.Instant;

/** A commendation (biểu dương, khen thưởng) in one round of the five-year calendar. */
public record Commendation(
    String id, String roundId, Level level, Decision decision, Instant awardedAt) {}
