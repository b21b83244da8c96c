package vn.dienbien.report.obligation;

/**
 * Port to the read models: told each obligation as this instance has just stored it, after the
 * write succeeded, with the version it was stored at. Called on the writing thread: it must only
 * update memory, never the store.
 */
public interface StoredObligations {

  void stored(Obligation obligation);
}
