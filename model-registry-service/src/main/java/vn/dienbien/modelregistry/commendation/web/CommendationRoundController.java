package vn.dienbien.modelregistry.commendation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.modelregistry.commendation.CommendationCalendar;
import vn.dienbien.modelregistry.commendation.CommendationRound;
import vn.dienbien.modelregistry.commendation.Commendations;
import vn.dienbien.modelregistry.model.Basis;
import vn.dienbien.modelregistry.model.Commendation;
import vn.dienbien.modelregistry.model.ConcurrentChanges;
import vn.dienbien.modelregistry.model.Decision;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Recognition;
import vn.dienbien.platform.validation.CleanText;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

@Tag(
    name = "Biểu dương, khen thưởng",
    description =
        "Lịch khen thưởng định kỳ giai đoạn 2025–2030 theo mục 11.6 Chỉ thị 11-CT/TU: cấp xã"
            + " 02 lần/05 năm, cấp tỉnh 01 lần/05 năm (số lần theo Chỉ thị). Ngày các đợt do"
            + " tỉnh chọn (basis.provinceChoice = true): đợt 1 cấp xã gắn với sơ kết cuối năm"
            + " 2027, đợt 2 với tổng kết quý II/2030, đợt cấp tỉnh quý III/2030.")
@RestController
@RequestMapping(value = "/api/v1/commendation-rounds", produces = MediaType.APPLICATION_JSON_VALUE)
class CommendationRoundController {

  private final CommendationCalendar calendar;
  private final Commendations commendations;

  CommendationRoundController(CommendationCalendar calendar, Commendations commendations) {
    this.calendar = calendar;
    this.commendations = commendations;
  }

  record CandidateView(
      String modelId,
      String kind,
      String name,
      String unitId,
      String unitName,
      String field,
      String recognitionId,
      int recognitionYear,
      String recognitionStatus,
      boolean commended) {}

  record Commend(
      @Schema(example = "MAU-MH-01") @NotBlank String modelId,
      @Schema(example = "3012-QĐ/UBND") @NotBlank @Size(max = 100) @CleanText String decisionNumber,
      @Schema(example = "2027-11-15") @NotNull LocalDate decisionDate,
      @Schema(example = "Chủ tịch UBND xã Mường Nhé") @NotBlank @Size(max = 200) @CleanText
          String signer) {}

  @Operation(
      summary =
          "Các đợt biểu dương, khen thưởng của giai đoạn (dữ liệu cấu hình, kèm lý do chọn mốc thời gian)")
  @GetMapping
  PagedResponse<CommendationRound> rounds(PageQuery page) {
    return PagedResponse.ofAll(calendar.rounds(), page);
  }

  @Operation(
      summary = "Số lần khen thưởng mỗi cấp trong 05 năm (theo Chỉ thị) và số đợt đã lên lịch",
      description = "basis cho biết căn cứ: lời Chỉ thị hay lựa chọn của tỉnh.")
  @GetMapping("/cycle")
  CycleView cycle() {
    var cycle = calendar.cycle();
    var levels =
        Arrays.stream(Level.values())
            .map(l ->
                new CycleView.PerLevel(
                    l.name(),
                    l.label(),
                    cycle.timesFor(l),
                    calendar.rounds().stream().filter(r -> r.level() == l).count()))
            .toList();
    return new CycleView(cycle.periodYears(), levels, cycle.basis());
  }

  /** The counts per level, with the rounds the calendar holds for it. */
  record CycleView(int periodYears, List<PerLevel> levels, Basis basis) {

    record PerLevel(String level, String levelLabel, int timesPerPeriod, long roundsScheduled) {}
  }

  @Operation(summary = "Xem một đợt")
  @GetMapping("/{roundId}")
  CommendationRound round(@PathVariable String roundId) {
    return commendations.round(roundId);
  }

  @Operation(
      summary = "Danh sách xét khen thưởng",
      description =
          "Mô hình, điển hình được công nhận đúng cấp trong các năm "
              + "của đợt và chưa bị thu hồi công nhận; commended cho biết đã được khen trong đợt này.")
  @GetMapping("/{roundId}/candidates")
  PagedResponse<CandidateView> candidates(@PathVariable String roundId, PageQuery page) {
    return PagedResponse.ofAll(commendations.candidates(roundId), page)
        .map(c -> {
          Recognition r = c.recognition();
          var m = c.model();
          return new CandidateView(
              m.id(),
              m.kind().name(),
              m.profile().name(),
              m.unitId(),
              m.unitName(),
              m.profile().field().label(),
              r.id(),
              r.year(),
              r.status().name(),
              c.commended());
        });
  }

  @Operation(
      summary = "Ghi quyết định khen thưởng",
      description =
          "409 nếu mô hình không thuộc danh sách xét (chưa công "
              + "nhận, đã thu hồi) hoặc đã được khen trong đợt; phát commendation-awarded.")
  @PostMapping("/{roundId}/commendations")
  @ResponseStatus(HttpStatus.CREATED)
  Commendation commend(
      @PathVariable String roundId,
      @Valid @RequestBody Commend body,
      @RequestHeader(name = "X-User-Id", required = false) String actorId) {
    var decision = new Decision(body.decisionNumber(), body.decisionDate(), body.signer());
    return ConcurrentChanges.retry(
        () -> commendations.commend(roundId, body.modelId(), decision, actorId));
  }
}
