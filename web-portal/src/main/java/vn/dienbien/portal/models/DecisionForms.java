package vn.dienbien.portal.models;

import org.springframework.stereotype.Component;
import vn.dienbien.portal.api.Api;
import vn.dienbien.portal.api.Backend;
import vn.dienbien.portal.api.PageRequest;
import vn.dienbien.portal.api.Panel;
import vn.dienbien.portal.registry.RegistryModel;
import vn.dienbien.portal.security.CurrentUser;
import vn.dienbien.portal.security.PortalUser;
import vn.dienbien.portal.security.Role;
import vn.dienbien.portal.web.Paths;

/**
 * Whether a model's page offers the decision forms (score sheet, recognition, re-evaluation): to
 * the monitoring body always (model-registry refuses a level not its own), to a unit approver when
 * model-registry counts the model's unit among those it decides for (its own and the units under
 * it). The portal asks; it does not know the rule.
 */
@Component
class DecisionForms {

  private final CurrentUser users;

  DecisionForms(CurrentUser users) {
    this.users = users;
  }

  boolean offered(Api api, String listPath, RegistryModel model) {
    PortalUser me = users.get();
    if (me.has(Role.MONITOR) || !me.decides()) {
      return me.decides();
    }
    String mine =
        Paths.path(listPath).param("decidableByMe", "true").param("unitId", model.unitId()).build();
    Panel<Long> count =
        Panel.load(() ->
            api.page(Backend.MODEL_REGISTRY, mine, new PageRequest(0, 1), RegistryModel.class)
                .totalItems());
    return count.ok() && count.data() > 0;
  }
}
