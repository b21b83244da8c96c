package vn.dienbien.modelregistry.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.modelregistry.evaluation.EvaluationCriteria;
import vn.dienbien.modelregistry.evaluation.Evaluations;
import vn.dienbien.modelregistry.evaluation.ScoreEntry;
import vn.dienbien.modelregistry.model.ConcurrentChanges;
import vn.dienbien.modelregistry.model.Evaluation;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.platform.validation.CleanText;

@Tag(
    name = "Khảo sát, đánh giá",
    description = "Chấm điểm mô hình/điển hình theo bộ tiêu chí cấu hình được")
@RestController
@RequestMapping(value = "/api/v1/evaluations", produces = MediaType.APPLICATION_JSON_VALUE)
class EvaluationController {

  private final Evaluations evaluations;
  private final EvaluationCriteria criteria;

  EvaluationController(Evaluations evaluations, EvaluationCriteria criteria) {
    this.evaluations = evaluations;
    this.criteria = criteria;
  }

  record ScoreLine(
      @Schema(example = "PRACTICAL_RESULTS") @NotBlank String criterionId,
      @Schema(example = "27.5") @NotNull Double score) {}

  record Request(
      @Schema(example = "MAU-MH-01") @NotBlank String modelId,
      @Schema(example = "2026") @NotNull Integer year,
      @Schema(example = "COMMUNE") @NotNull Level level,
      @Valid @NotEmpty List<ScoreLine> scores,
      @Schema(example = "Đoàn khảo sát Ban Tuyên giáo và Dân vận Tỉnh ủy")
          @NotBlank
          @Size(max = 200)
          @CleanText
          String evaluator,
      @Schema(example = "Mô hình có kết quả rõ, Nhân dân đồng tình; cần bổ sung số liệu quý IV")
          @Size(max = 5000)
          @CleanText
          String notes) {}

  @Operation(
      summary = "Ghi kết quả khảo sát, đánh giá một đăng ký",
      description =
          "Mỗi tiêu chí chấm đúng một lần, trong khoảng điểm của tiêu chí (400 nêu tên trường nếu sai). "
              + "Đăng ký phải tồn tại và chưa được đánh giá (409).")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Evaluation evaluate(
      @Valid @RequestBody Request body,
      @RequestHeader(name = "X-User-Id", required = false) String actorId) {
    var scores =
        body.scores().stream().map(s -> new ScoreEntry(s.criterionId(), s.score())).toList();
    return ConcurrentChanges.retry(() ->
        evaluations.evaluate(
            new Evaluations.Submission(
                body.modelId(), body.year(), body.level(), scores, body.evaluator(), body.notes()),
            actorId));
  }

  @Operation(summary = "Bộ tiêu chí đánh giá hiện hành và khoảng điểm của từng tiêu chí")
  @GetMapping("/criteria")
  EvaluationCriteria criteria() {
    return criteria;
  }
}
