package vn.dienbien.modelregistry.model;

/** Whether an exemplar is a collective (tập thể) or an individual (cá nhân). */
public enum ExemplarType {
  COLLECTIVE,
  INDIVIDUAL
}
