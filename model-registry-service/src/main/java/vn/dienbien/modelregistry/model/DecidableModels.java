package vn.dienbien.modelregistry.model;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The models the current approver may decide on, as a query criterion: a port the models' listing
 * owns (the approver's queue) and recognition's jurisdiction rule answers, so the queue and the
 * decisions apply one rule while the model depends on no feature above it.
 */
public interface DecidableModels {

  Criteria criterion();
}
