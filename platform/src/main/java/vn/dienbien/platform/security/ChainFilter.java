package vn.dienbien.platform.security;

import jakarta.servlet.Filter;

/**
 * A filter other platform parts (the audit trail) run inside the security chain, after
 * authentication and around the 401/403 decisions, so it sees both the person and the final status.
 * Declared as a holder bean so Boot does not also register the filter on its own.
 */
public record ChainFilter(Filter filter) {}
