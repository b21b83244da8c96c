package vn.dienbien.directive.directive;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dienbien.platform.validation.CleanText;

/** A directive as an official (or the seed file) writes it, before it is stored as a draft. */
@Schema(description = "Chỉ thị (dự thảo) kèm các nhiệm vụ")
public record DirectiveDraft(
    @Schema(description = "Số hiệu", example = "11-CT/TU")
        @NotBlank
        @Pattern(regexp = DirectiveNumber.PATTERN)
        String number,
    @Schema(description = "Mã cơ quan ban hành", example = "BTV-TU") @NotBlank @Size(max = 40)
        String issuingBodyId,
    @Schema(description = "Ngày ban hành", example = "2026-02-23") @NotNull LocalDate issuedOn,
    @Schema(
            description = "Trích yếu",
            example =
                "Chỉ thị của Ban Thường vụ Tỉnh ủy về tiếp tục đẩy mạnh, nâng cao hiệu quả phong trào thi đua \"Dân vận khéo\" giai đoạn 2025 - 2030")
        @NotBlank
        @Size(max = 1000)
        @CleanText
        String title,
    @Schema(example = "2025") @Min(2000) @Max(2100) int periodStartYear,
    @Schema(example = "2030") @Min(2000) @Max(2100) int periodEndYear,
    @Schema(description = "Người ký", example = "T/M Ban Thường vụ, Phó Bí thư Lê Thành Đô")
        @Size(max = 200)
        @CleanText
        String signer,
    @Schema(
            description = "Nơi nhận",
            example = "[\"Thường trực Tỉnh ủy\", \"Ủy ban MTTQ Việt Nam tỉnh\"]")
        @Size(max = 100)
        List<@NotBlank @Size(max = 300) @CleanText String> recipients,
    @Size(max = 50) List<@Valid SectionDraft> sections,
    @Size(max = 200) List<@Valid @NotNull TaskDraft> tasks,
    @Schema(description = "Id của chỉ thị được thay thế (nếu có)", example = "06-ct-tu")
        @Size(max = 60)
        String supersedesId) {

  @Schema(description = "Một phần nội dung của chỉ thị")
  public record SectionDraft(
      @Schema(example = "Tổ chức thực hiện") @Size(max = 300) @CleanText String heading,
      @Schema(example = "Các cấp ủy, tổ chức đảng quán triệt và tổ chức thực hiện Chỉ thị này.")
          @NotBlank
          @Size(max = 20000)
          @CleanText
          String body) {}

  public Directive toDirective(Instant now) {
    List<Task> drafted =
        tasks == null
            ? List.of()
            : java.util.stream.IntStream.range(0, tasks.size())
                .mapToObj(i -> tasks.get(i).toTask("tasks[" + i + "]"))
                .toList();
    List<Section> body =
        sections == null
            ? List.of()
            : sections.stream().map(s -> new Section(s.heading(), s.body())).toList();
    return Directive.draft(this, body, drafted, now);
  }
}
