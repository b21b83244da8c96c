package vn.dienbien.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dienbien.contracts.directive.AssignmentClosed;
import vn.dienbien.contracts.directive.AssignmentCurrentState;
import vn.dienbien.contracts.directive.AssignmentExtensionDecided;
import vn.dienbien.contracts.directive.AssignmentExtensionRequested;
import vn.dienbien.contracts.directive.DeadlineExtended;
import vn.dienbien.contracts.directive.DirectiveIssued;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.contracts.directive.UnitChanged;
import vn.dienbien.contracts.modelregistry.CommendationAwarded;
import vn.dienbien.contracts.modelregistry.CommendationRecorded;
import vn.dienbien.contracts.modelregistry.ModelCurrentState;
import vn.dienbien.contracts.modelregistry.ModelEvaluated;
import vn.dienbien.contracts.modelregistry.ModelReEvaluated;
import vn.dienbien.contracts.modelregistry.ModelRecognised;
import vn.dienbien.contracts.modelregistry.ModelRegistered;
import vn.dienbien.contracts.modelregistry.ReEvaluationDue;
import vn.dienbien.contracts.modelregistry.RecognitionRevoked;
import vn.dienbien.contracts.notification.NotificationDelivered;
import vn.dienbien.contracts.notification.NotificationFailed;
import vn.dienbien.contracts.report.ExtensionDecided;
import vn.dienbien.contracts.report.ExtensionRequested;
import vn.dienbien.contracts.report.ObligationCurrentState;
import vn.dienbien.contracts.report.ReportDueSoon;
import vn.dienbien.contracts.report.ReportOverdue;
import vn.dienbien.contracts.report.ReportReviewed;
import vn.dienbien.contracts.report.ReportSubmitted;

/**
 * Every event type the platform publishes. Adding an event means adding it here. The current-state
 * types go to compacted topics keyed by aggregate id, the others to history topics keyed by unit.
 */
public final class EventCatalog {

  public static final List<EventDefinition> ALL =
      List.of(
          new EventDefinition(
              DirectiveIssued.TYPE,
              DirectiveIssued.class,
              Topics.DIRECTIVE_EVENTS,
              "schemas/directive/directive-issued.v1.json"),
          new EventDefinition(
              TaskAssigned.TYPE,
              TaskAssigned.class,
              Topics.DIRECTIVE_EVENTS,
              "schemas/directive/task-assigned.v1.json"),
          new EventDefinition(
              DeadlineExtended.TYPE,
              DeadlineExtended.class,
              Topics.DIRECTIVE_EVENTS,
              "schemas/directive/deadline-extended.v1.json"),
          new EventDefinition(
              AssignmentClosed.TYPE,
              AssignmentClosed.class,
              Topics.DIRECTIVE_EVENTS,
              "schemas/directive/assignment-closed.v1.json"),
          new EventDefinition(
              AssignmentExtensionRequested.TYPE,
              AssignmentExtensionRequested.class,
              Topics.DIRECTIVE_EVENTS,
              "schemas/directive/extension-requested.v1.json"),
          new EventDefinition(
              AssignmentExtensionDecided.TYPE,
              AssignmentExtensionDecided.class,
              Topics.DIRECTIVE_EVENTS,
              "schemas/directive/extension-decided.v1.json"),
          new EventDefinition(
              UnitChanged.TYPE,
              UnitChanged.class,
              Topics.DIRECTIVE_EVENTS,
              "schemas/directive/unit-changed.v1.json"),
          new EventDefinition(
              ReportSubmitted.TYPE,
              ReportSubmitted.class,
              Topics.REPORT_EVENTS,
              "schemas/report/submitted.v1.json"),
          new EventDefinition(
              ReportReviewed.TYPE,
              ReportReviewed.class,
              Topics.REPORT_EVENTS,
              "schemas/report/reviewed.v1.json"),
          new EventDefinition(
              ReportDueSoon.TYPE,
              ReportDueSoon.class,
              Topics.REPORT_EVENTS,
              "schemas/report/due-soon.v1.json"),
          new EventDefinition(
              ReportOverdue.TYPE,
              ReportOverdue.class,
              Topics.REPORT_EVENTS,
              "schemas/report/overdue.v1.json"),
          new EventDefinition(
              ExtensionRequested.TYPE,
              ExtensionRequested.class,
              Topics.REPORT_EVENTS,
              "schemas/report/extension-requested.v1.json"),
          new EventDefinition(
              ExtensionDecided.TYPE,
              ExtensionDecided.class,
              Topics.REPORT_EVENTS,
              "schemas/report/extension-decided.v1.json"),
          new EventDefinition(
              ModelRegistered.TYPE,
              ModelRegistered.class,
              Topics.MODEL_REGISTRY_EVENTS,
              "schemas/model-registry/model-registered.v1.json"),
          new EventDefinition(
              ModelEvaluated.TYPE,
              ModelEvaluated.class,
              Topics.MODEL_REGISTRY_EVENTS,
              "schemas/model-registry/model-evaluated.v1.json"),
          new EventDefinition(
              ModelRecognised.TYPE,
              ModelRecognised.class,
              Topics.MODEL_REGISTRY_EVENTS,
              "schemas/model-registry/model-recognised.v1.json"),
          new EventDefinition(
              RecognitionRevoked.TYPE,
              RecognitionRevoked.class,
              Topics.MODEL_REGISTRY_EVENTS,
              "schemas/model-registry/recognition-revoked.v1.json"),
          new EventDefinition(
              ModelReEvaluated.TYPE,
              ModelReEvaluated.class,
              Topics.MODEL_REGISTRY_EVENTS,
              "schemas/model-registry/model-re-evaluated.v1.json"),
          new EventDefinition(
              ReEvaluationDue.TYPE,
              ReEvaluationDue.class,
              Topics.MODEL_REGISTRY_EVENTS,
              "schemas/model-registry/re-evaluation-due.v1.json"),
          new EventDefinition(
              CommendationAwarded.TYPE,
              CommendationAwarded.class,
              Topics.MODEL_REGISTRY_EVENTS,
              "schemas/model-registry/commendation-awarded.v1.json"),
          new EventDefinition(
              CommendationRecorded.TYPE,
              CommendationRecorded.class,
              Topics.MODEL_REGISTRY_EVENTS,
              "schemas/model-registry/commendation-recorded.v1.json"),
          new EventDefinition(
              NotificationDelivered.TYPE,
              NotificationDelivered.class,
              Topics.NOTIFICATION_EVENTS,
              "schemas/notification/delivered.v1.json"),
          new EventDefinition(
              NotificationFailed.TYPE,
              NotificationFailed.class,
              Topics.NOTIFICATION_EVENTS,
              "schemas/notification/failed.v1.json"),
          new EventDefinition(
              ObligationCurrentState.TYPE,
              ObligationCurrentState.class,
              Topics.OBLIGATION_STATE,
              "schemas/report/obligation-state.v1.json"),
          new EventDefinition(
              AssignmentCurrentState.TYPE,
              AssignmentCurrentState.class,
              Topics.ASSIGNMENT_STATE,
              "schemas/directive/assignment-state.v1.json"),
          new EventDefinition(
              ModelCurrentState.TYPE,
              ModelCurrentState.class,
              Topics.MODEL_STATE,
              "schemas/model-registry/model-state.v1.json"));

  private static final Map<String, EventDefinition> BY_TYPE =
      ALL.stream()
          .collect(Collectors.toUnmodifiableMap(EventDefinition::type, Function.identity()));

  private EventCatalog() {}

  public static Optional<EventDefinition> byType(String type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }

  public static EventDefinition of(DomainEvent event) {
    return byType(event.type())
        .orElseThrow(() -> new IllegalArgumentException("Unknown event type " + event.type()));
  }
}
