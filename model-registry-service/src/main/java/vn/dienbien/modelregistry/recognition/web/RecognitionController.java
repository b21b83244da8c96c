package vn.dienbien.modelregistry.recognition.web;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.modelregistry.model.ConcurrentChanges;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Models;
import vn.dienbien.modelregistry.model.ReEvaluation;
import vn.dienbien.modelregistry.model.Recognition;
import vn.dienbien.modelregistry.recognition.BulkRecognition;
import vn.dienbien.modelregistry.recognition.ReEvaluations;
import vn.dienbien.modelregistry.recognition.RecognitionDecisions;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

@Tag(
    name = "Công nhận",
    description = "Quyết định công nhận, không công nhận và đánh giá lại sau công nhận")
@RestController
@RequestMapping(value = "/api/v1/recognitions", produces = MediaType.APPLICATION_JSON_VALUE)
class RecognitionController {

  private final RecognitionDecisions decisions;
  private final BulkRecognition bulk;
  private final ReEvaluations reEvaluations;
  private final Models models;

  RecognitionController(
      RecognitionDecisions decisions,
      BulkRecognition bulk,
      ReEvaluations reEvaluations,
      Models models) {
    this.decisions = decisions;
    this.bulk = bulk;
    this.reEvaluations = reEvaluations;
    this.models = models;
  }

  @Operation(
      summary = "Công nhận một mô hình/điển hình",
      description =
          "Cần đăng ký đúng năm và cấp (cấp tỉnh cần đăng ký "
              + "cấp tỉnh) và đã được khảo sát, đánh giá; mỗi mô hình chỉ được công nhận một lần cho mỗi cấp, mỗi năm (409). "
              + "Phát đúng một sự kiện model-recognised.")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  RecognitionView recognise(
      @Valid @RequestBody RecognitionRequests.Recognise body,
      @RequestHeader(name = "X-User-Id", required = false) String actorId) {
    Recognition r =
        ConcurrentChanges.retry(() ->
            decisions.recognise(
                body.modelId(), body.level(), body.year(), body.decision(), actorId));
    return RecognitionView.of(models.require(body.modelId()), r.id());
  }

  @Operation(
      summary = "Công nhận nhiều mô hình trong một quyết định",
      description =
          "Kiểm tra toàn bộ danh sách trước; nếu một dòng không hợp lệ thì không ghi gì (409 nêu từng dòng).")
  @PostMapping("/bulk")
  @ResponseStatus(HttpStatus.CREATED)
  RecognitionView.Many recogniseAll(
      @Valid @RequestBody RecognitionRequests.RecogniseMany body,
      @RequestHeader(name = "X-User-Id", required = false) String actorId) {
    var recognised =
        bulk.recogniseAll(body.modelIds(), body.level(), body.year(), body.decision(), actorId);
    return new RecognitionView.Many(
        recognised.stream()
            .map(r -> RecognitionView.of(models.require(Recognition.modelIdOf(r.id())), r.id()))
            .toList());
  }

  @Operation(summary = "Ghi kết quả không công nhận, kèm lý do")
  @PostMapping("/rejections")
  @ResponseStatus(HttpStatus.CREATED)
  Object reject(
      @Valid @RequestBody RecognitionRequests.Reject body,
      @RequestHeader(name = "X-User-Id", required = false) String actorId) {
    var model =
        ConcurrentChanges.retry(() ->
            decisions.reject(body.modelId(), body.level(), body.year(), body.reasons(), actorId));
    return model.registration(body.year(), body.level()).orElseThrow();
  }

  @Operation(
      summary = "Đánh giá lại sau công nhận",
      description =
          "Hằng năm sau năm công nhận: SUSTAINED (duy trì) hoặc "
              + "LAPSED (không còn hiệu quả, thu hồi công nhận, phát recognition-revoked). 409 nếu chưa công nhận hoặc đã thu hồi.")
  @PostMapping("/{recognitionId}/re-evaluations")
  @ResponseStatus(HttpStatus.CREATED)
  RecognitionView reEvaluate(
      @PathVariable String recognitionId,
      @Valid @RequestBody RecognitionRequests.ReEvaluate body,
      @RequestHeader(name = "X-User-Id", required = false) String actorId) {
    var review =
        new ReEvaluation(
            body.year(),
            body.outcome(),
            body.reason(),
            body.notes(),
            body.evaluator(),
            null,
            body.shortcomings(),
            body.measures());
    ConcurrentChanges.retry(() -> reEvaluations.reEvaluate(recognitionId, review, actorId));
    return RecognitionView.of(models.require(Recognition.modelIdOf(recognitionId)), recognitionId);
  }

  @Operation(summary = "Xem một quyết định công nhận và các lần đánh giá lại")
  @GetMapping("/{recognitionId}")
  RecognitionView get(@PathVariable String recognitionId) {
    var model =
        models
            .find(Recognition.modelIdOf(recognitionId))
            .filter(m -> m.recognition(recognitionId).isPresent())
            .orElseThrow(() -> ApiProblem.notFound("quyết định công nhận", recognitionId));
    return RecognitionView.of(model, recognitionId);
  }

  @Operation(
      summary =
          "Danh sách công nhận theo cấp, năm, đơn vị, trạng thái (ACTIVE, SUSTAINED, REVOKED)")
  @GetMapping
  PagedResponse<RecognitionView> list(
      @RequestParam(required = false) Level level,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String unitId,
      @RequestParam(required = false) Recognition.Status status,
      PageQuery page) {
    Criteria match = new Criteria();
    if (level != null) match.and("level").is(level.name());
    if (year != null) match.and("year").is(year);
    if (status != null) match.and("status").is(status.name());
    Criteria criteria =
        level == null && year == null && status == null
            ? where("recognitions.0").exists(true)
            : where("recognitions").elemMatch(match);
    if (unitId != null) criteria.and("unitId").is(unitId);
    List<RecognitionView> all =
        models.find(Query.query(criteria).with(Sort.by("unitId", "_id"))).stream()
            .flatMap(m ->
                m.recognitions().stream()
                    .filter(r ->
                        (level == null || r.level() == level)
                            && (year == null || r.year() == year)
                            && (status == null || r.status() == status))
                    .map(r -> RecognitionView.of(m, r)))
            .toList();
    return PagedResponse.ofAll(all, page);
  }
}
