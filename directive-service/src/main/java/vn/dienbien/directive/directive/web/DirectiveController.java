package vn.dienbien.directive.directive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.directive.directive.DirectiveDraft;
import vn.dienbien.directive.directive.DirectiveDrafting;
import vn.dienbien.directive.directive.DirectiveStatus;
import vn.dienbien.directive.directive.Directives;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

@RestController
@RequestMapping("/api/v1/directives")
@Tag(
    name = "Chỉ thị",
    description =
        "Chỉ thị: số hiệu, trích yếu, giai đoạn, nơi nhận, nhiệm vụ; dự thảo → ban hành → thay thế/hết hiệu lực")
class DirectiveController {

  private final Directives directives;
  private final DirectiveDrafting drafting;
  private final Clock clock;

  DirectiveController(Directives directives, DirectiveDrafting drafting, Clock clock) {
    this.directives = directives;
    this.drafting = drafting;
    this.clock = clock;
  }

  @GetMapping
  @Operation(
      summary = "Tìm chỉ thị",
      description =
          "q tìm theo số hiệu, trích yếu và nội dung nhiệm vụ, không phân biệt dấu và hoa thường "
              + "(\"dan van kheo\" tìm thấy \"Dân vận khéo\")")
  PagedResponse<DirectiveView> search(
      @Parameter(example = "dan van kheo") @RequestParam(required = false) String q,
      @RequestParam(required = false) DirectiveStatus status,
      PageQuery page) {
    return PagedResponse.ofAll(directives.search(q, status), page).map(DirectiveView::of);
  }

  @GetMapping("/{id}")
  @Operation(
      summary = "Xem chỉ thị",
      description = "id là số hiệu viết thường, \"/\" thay bằng \"-\", ví dụ 11-ct-tu")
  DirectiveView get(@PathVariable String id) {
    return DirectiveView.of(directives.get(id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Tạo dự thảo chỉ thị",
      description =
          "Số hiệu là duy nhất; hạn nhiệm vụ không trước ngày ban hành; "
              + "đơn vị, nhóm đơn vị phải có trong danh mục và nhóm phải có thành viên")
  DirectiveView create(@Valid @RequestBody DirectiveDraft draft) {
    return DirectiveView.of(drafting.create(draft.toDirective(clock.instant())));
  }
}
