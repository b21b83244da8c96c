package vn.dienbien.modelregistry.model.web;

import java.net.URI;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.dienbien.modelregistry.model.ConcurrentChanges;
import vn.dienbien.modelregistry.model.DecidableModels;
import vn.dienbien.modelregistry.model.ExemplarType;
import vn.dienbien.modelregistry.model.Kind;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ModelFilter;
import vn.dienbien.modelregistry.model.ModelRegistry;
import vn.dienbien.modelregistry.model.Models;
import vn.dienbien.platform.security.CurrentActor;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

/** What /models and /exemplars share; each controller fixes the kind. */
@Component
class ModelApi {

  private final ModelRegistry registry;
  private final Models models;
  private final CurrentActor actor;
  private final DecidableModels decidable;

  ModelApi(ModelRegistry registry, Models models, CurrentActor actor, DecidableModels decidable) {
    this.registry = registry;
    this.models = models;
    this.actor = actor;
    this.decidable = decidable;
  }

  ResponseEntity<ModelView> create(
      Kind kind, ModelRequests.Create body, String actorId, String basePath) {
    ExemplarType type = body.exemplarType();
    if (kind == Kind.EXEMPLAR && type == null) {
      throw ApiProblem.invalidField(
          "exemplarType", "điển hình phải là tập thể (COLLECTIVE) hoặc cá nhân (INDIVIDUAL)");
    }
    if (kind == Kind.MODEL && type != null) {
      throw ApiProblem.invalidField("exemplarType", "chỉ dùng cho điển hình");
    }
    // The policy already compared the body's unitId with the token before the controller ran;
    // checking the
    // bound value again means no JSON trick (a duplicated key, say) can make the two readings
    // differ.
    actor.requireUnit(body.unitId());
    var request =
        new ModelRegistry.NewModel(
            kind, body.unitId(), body.profile(), body.year(), body.level(), false);
    Model model = registry.create(request, actorId);
    return ResponseEntity.created(URI.create(basePath + "/" + model.id()))
        .body(ModelView.of(model));
  }

  ModelView get(Kind kind, String id) {
    return ModelView.of(load(kind, id));
  }

  /**
   * A unit officer registers only their own unit's models (rule scoped by the service, issue 7).
   */
  ModelView register(Kind kind, String id, ModelRequests.Register body, String actorId) {
    Model model = load(kind, id);
    actor.requireUnit(model.unitId());
    return ModelView.of(
        ConcurrentChanges.retry(
            () -> registry.register(model.id(), body.year(), body.level(), actorId)));
  }

  private Model load(Kind kind, String id) {
    Model model = models.require(id);
    if (model.kind() != kind) {
      throw ApiProblem.notFound(kind.label().toLowerCase(), id);
    }
    return model;
  }

  /**
   * A page of models matching {@code filter}; with {@code decidableByMe} only those the caller may
   * decide on (the approver's queue), by the same jurisdiction rule as the decisions.
   */
  PagedResponse<ModelView> list(ModelFilter filter, boolean decidableByMe, PageQuery page) {
    Query query = filter.toQuery(decidableByMe ? decidable.criterion() : null);
    long total = models.count(query);
    var items =
        models.find(query.skip(page.offset()).limit(page.size())).stream()
            .map(ModelView::of)
            .toList();
    return PagedResponse.of(items, total, page);
  }
}
