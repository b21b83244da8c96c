package vn.dienbien.portal.extension;

import java.util.Comparator;
import java.util.List;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.report.Obligation;
import vn.dienbien.portal.web.Paths;

/**
 * The reporting periods whose unit asked for more time and waits for a decision, oldest request
 * first, in whatever state the period is now (a unit may have reported since it asked):
 * report-service lists exactly those with {@code extensionPending=true}.
 */
final class PeriodRequests {

  private PeriodRequests() {}

  static List<Obligation> pending(Api api) {
    return api
        .all(
            Backend.REPORT,
            Paths.path("/api/v1/obligations").param("extensionPending", "true").build(),
            Obligation.class)
        .stream()
        .filter(o -> o.pendingExtension() != null)
        .sorted(Comparator.comparing(o -> o.pendingExtension().requestedAt()))
        .toList();
  }
}
