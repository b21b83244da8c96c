package vn.dienbien.portal.extension;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.report.Obligation;
import vn.dienbien.portal.web.Paths;

/**
 * The reporting periods whose unit asked for more time and waits for a decision, oldest request
 * first. ADAPTER until report-service can be asked for them: it lists obligations by state only, so
 * the periods still owing a report (open or returned, the only ones a request can be made on) are
 * read whole and those with a pending request kept.
 */
final class PeriodRequests {

  private PeriodRequests() {}

  static List<Obligation> pending(Api api) {
    return Stream.of("OPEN", "RETURNED")
        .flatMap(state -> owing(api, state).stream())
        .filter(o -> o.pendingExtension() != null)
        .sorted(Comparator.comparing(o -> o.pendingExtension().requestedAt()))
        .toList();
  }

  private static List<Obligation> owing(Api api, String state) {
    return api.all(
        Backend.REPORT,
        Paths.path("/api/v1/obligations").param("state", state).build(),
        Obligation.class);
  }
}
