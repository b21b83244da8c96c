package vn.dienbien.directive.directive.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.directive.directive.DirectiveDrafting;
import vn.dienbien.directive.directive.Directives;
import vn.dienbien.directive.directive.Task;
import vn.dienbien.directive.directive.TaskDraft;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

@RestController
@RequestMapping("/api/v1/directives/{id}/tasks")
@Tag(
    name = "Nhiệm vụ",
    description = "Nhiệm vụ của chỉ thị; chỉ sửa được khi chỉ thị còn là dự thảo")
class TaskController {

  private final Directives directives;
  private final DirectiveDrafting drafting;

  TaskController(Directives directives, DirectiveDrafting drafting) {
    this.directives = directives;
    this.drafting = drafting;
  }

  @GetMapping
  @Operation(summary = "Danh sách nhiệm vụ của chỉ thị")
  PagedResponse<Task> list(@PathVariable String id, PageQuery page) {
    return PagedResponse.ofAll(directives.get(id).tasks(), page);
  }

  @GetMapping("/{code}")
  @Operation(summary = "Xem một nhiệm vụ", description = "code là số thứ tự nhiệm vụ, ví dụ 11.7a")
  Task get(@PathVariable String id, @PathVariable String code) {
    return directives.get(id).task(code).orElseThrow(() -> ApiProblem.notFound("nhiệm vụ", code));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Thêm nhiệm vụ vào dự thảo")
  Task add(@PathVariable String id, @Valid @RequestBody TaskDraft draft) {
    return drafting.addTask(id, draft.toTask("")).task(draft.code()).orElseThrow();
  }

  @PutMapping("/{code}")
  @Operation(
      summary = "Sửa nhiệm vụ của dự thảo",
      description = "Chỉ thị đã ban hành: 409, phải ban hành văn bản mới thay thế")
  Task replace(
      @PathVariable String id, @PathVariable String code, @Valid @RequestBody TaskDraft draft) {
    return drafting.replaceTask(id, code, draft.toTask("")).task(code).orElseThrow();
  }

  @DeleteMapping("/{code}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Xóa nhiệm vụ khỏi dự thảo")
  void remove(@PathVariable String id, @PathVariable String code) {
    drafting.removeTask(id, code);
  }
}
