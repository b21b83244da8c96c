package vn.dienbien.modelregistry.evaluation;

/** A score as the evaluator entered it: criterion id and value (null when left empty). */
public record ScoreEntry(String criterionId, Double score) {}
