package vn.dienbien.directive.assignment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.directive.assignment.Issuing;
import vn.dienbien.directive.directive.DirectiveStatus;

@RestController
@Tag(name = "Chỉ thị")
class IssueController {

  record IssueView(
      String directiveId,
      String number,
      DirectiveStatus status,
      int taskCount,
      int assignments,
      int createdNow,
      boolean alreadyIssued) {}

  private final Issuing issuing;

  IssueController(Issuing issuing) {
    this.issuing = issuing;
  }

  @GetMapping("/api/v1/directives/{id}/fan-out")
  @Operation(
      summary = "Xem trước việc giao nhiệm vụ khi ban hành",
      description =
          "Mỗi nhiệm vụ giao cho những đơn vị nào (nhóm tách thành từng thành viên, mỗi đơn vị một lần) "
              + "và thời hạn của từng phân công; không ghi gì. Lỗi nêu đúng trường của nhiệm vụ như khi ban hành.")
  FanOutView fanOut(@PathVariable String id) {
    return FanOutView.of(id, issuing.preview(id));
  }

  @PostMapping("/api/v1/directives/{id}/issue")
  @Operation(
      summary = "Ban hành chỉ thị và giao nhiệm vụ",
      description =
          "Tạo một phân công cho mỗi đơn vị của mỗi nhiệm vụ (nhóm đơn vị được tách thành từng thành viên) và phát "
              + "một sự kiện task-assigned cho mỗi phân công. Gọi lại hoặc thử lại sau sự cố không tạo thêm phân công hay sự kiện.")
  IssueView issue(
      @PathVariable String id, @RequestHeader(value = "X-User-Id", required = false) String actor) {
    Issuing.Result result = issuing.issue(id, actor);
    var d = result.directive();
    return new IssueView(
        d.id(),
        d.number(),
        d.status(),
        d.tasks().size(),
        result.assignments(),
        result.created(),
        result.alreadyIssued());
  }
}
