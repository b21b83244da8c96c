package vn.dienbien.modelregistry.recognition;

/** Who is deciding now: a port the domain owns, answered from the caller's token. */
public interface Approvers {

  Approver current();
}
