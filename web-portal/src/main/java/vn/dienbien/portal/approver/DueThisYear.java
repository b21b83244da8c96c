package vn.dienbien.portal.approver;

import java.util.List;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.PageRequest;
import vn.dienbien.portal.api.Paged;
import vn.dienbien.portal.registry.RegistryModel;

/**
 * The re-evaluation steps narrowed to the models whose next re-evaluation falls in a given year.
 * ADAPTER until model-registry filters on it: the step's whole list is read (recognised models are
 * counted in hundreds at most) and paged here, its length the total.
 */
final class DueThisYear {

  private DueThisYear() {}

  static Paged<RegistryModel> page(Api api, String path, int year, PageRequest request) {
    List<RegistryModel> due =
        api.all(Backend.MODEL_REGISTRY, path, RegistryModel.class).stream()
            .filter(m -> dueIn(m, year))
            .toList();
    return Paged.slice(due, request);
  }

  static boolean dueIn(RegistryModel model, int year) {
    return model.recognitions().stream()
        .anyMatch(r ->
            !r.revoked()
                && r.nextReEvaluationDue() != null
                && r.nextReEvaluationDue().getYear() == year);
  }
}
