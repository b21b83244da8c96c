package vn.dienbien.platform.securityapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.platform.security.CurrentActor;
import vn.dienbien.platform.web.ApiProblem;

/** Reads the actor from X-User-Id like the real services do, and from CurrentActor. */
@RestController
class SampleReportController {

  record Submission(@NotBlank String unitId, @NotBlank String title) {}

  record Review(@NotBlank String verdict) {}

  private final MongoTemplate mongo;
  private final CurrentActor actor;

  SampleReportController(MongoTemplate mongo, CurrentActor actor) {
    this.mongo = mongo;
    this.actor = actor;
  }

  @PostMapping("/api/v1/reports")
  @ResponseStatus(HttpStatus.CREATED)
  SampleReport submit(
      @Valid @RequestBody Submission submission,
      @RequestHeader(name = "X-User-Id", required = false) String userId) {
    return mongo.insert(
        new SampleReport(
            UUID.randomUUID().toString(), submission.unitId(), "SUBMITTED", userId, null));
  }

  @PostMapping("/api/v1/units/{unitId}/reports")
  @ResponseStatus(HttpStatus.CREATED)
  SampleReport submitFor(
      @PathVariable String unitId,
      @RequestHeader(name = "X-User-Id", required = false) String userId) {
    return mongo.insert(
        new SampleReport(UUID.randomUUID().toString(), unitId, "SUBMITTED", userId, null));
  }

  @PostMapping("/api/v1/reports/{id}/withdrawal")
  SampleReport withdraw(@PathVariable String id) {
    SampleReport report = find(id);
    actor.requireUnit(report.unitId());
    return mongo.save(
        new SampleReport(id, report.unitId(), "WITHDRAWN", report.submittedBy(), null));
  }

  @PostMapping("/api/v1/reports/{id}/review")
  SampleReport review(
      @PathVariable String id,
      @Valid @RequestBody Review review,
      @RequestHeader(name = "X-User-Id", required = false) String userId) {
    SampleReport report = find(id);
    return mongo.save(
        new SampleReport(id, report.unitId(), review.verdict(), report.submittedBy(), userId));
  }

  @DeleteMapping("/api/v1/reports/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable String id) {
    mongo.remove(find(id));
  }

  @GetMapping("/api/v1/reports/{id}")
  SampleReport get(@PathVariable String id) {
    return find(id);
  }

  /** A machine callback: no person, no token. */
  @PostMapping("/api/v1/callbacks/delivery")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delivered() {}

  @GetMapping("/api/v1/whoami")
  Map<String, Object> whoami(
      @RequestHeader(name = "X-User-Id", required = false) String userId,
      @RequestHeader(name = "X-Unit-Id", required = false) String unitId) {
    return Map.of(
        "header-user",
        String.valueOf(userId),
        "header-unit",
        String.valueOf(unitId),
        "user",
        actor.userId().orElse(""),
        "unit",
        actor.unitId().orElse(""),
        "roles",
        actor.roles());
  }

  private SampleReport find(String id) {
    SampleReport report = mongo.findById(id, SampleReport.class);
    if (report == null) {
      throw ApiProblem.notFound("báo cáo", id);
    }
    return report;
  }
}
