package vn.dienbien.directive.unit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.directive.unit.UnitCodes;
import vn.dienbien.directive.unit.UnitGroup;
import vn.dienbien.directive.unit.UnitGroups;
import vn.dienbien.platform.validation.CleanText;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

@RestController
@RequestMapping("/api/v1/unit-groups")
@Tag(
    name = "Nhóm đơn vị",
    description = "Nhóm đơn vị mà chỉ thị giao nhiệm vụ, ví dụ \"Chính quyền các cấp\"")
class UnitGroupController {

  @Schema(description = "Nhóm đơn vị")
  record GroupRequest(
      @Schema(example = "LLVT-TINH") @NotBlank @Size(max = 60) @Pattern(regexp = UnitCodes.PATTERN)
          String code,
      @Schema(example = "Các đơn vị lực lượng vũ trang tỉnh") @NotBlank @Size(max = 300) @CleanText
          String name,
      @Schema(example = "Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh") @Size(max = 1000) @CleanText
          String description,
      @Schema(example = "[\"BCHQS-TINH\", \"CA-TINH\"]") @NotEmpty @Size(max = 500)
          List<String> memberIds) {}

  record MembersRequest(
      @Schema(example = "[\"XA-MUONG-NHE\", \"XA-SIN-THAU\"]") @NotEmpty @Size(max = 500)
          List<String> memberIds) {}

  record GroupView(String id, String name, String description, List<UnitView> members) {}

  private final UnitGroups groups;

  UnitGroupController(UnitGroups groups) {
    this.groups = groups;
  }

  @GetMapping
  @Operation(summary = "Danh sách nhóm đơn vị")
  PagedResponse<GroupView> all(PageQuery page) {
    return PagedResponse.ofAll(groups.all(), page).map(this::view);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Xem một nhóm và các thành viên")
  GroupView get(@PathVariable String id) {
    return view(groups.get(id));
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Tạo nhóm đơn vị",
      description = "Nhóm phải có ít nhất một đơn vị đã có trong danh mục")
  GroupView create(@Valid @RequestBody GroupRequest request) {
    return view(
        groups.create(
            new UnitGroup(
                request.code(), request.name(), request.description(), request.memberIds())));
  }

  @PutMapping("/{id}/members")
  @Operation(
      summary = "Thay danh sách thành viên của nhóm",
      description = "Chỉ ảnh hưởng các lần ban hành sau; phân công đã tạo giữ nguyên")
  GroupView replaceMembers(@PathVariable String id, @Valid @RequestBody MembersRequest request) {
    return view(groups.replaceMembers(id, request.memberIds()));
  }

  private GroupView view(UnitGroup group) {
    return new GroupView(
        group.code(),
        group.name(),
        group.description(),
        groups.members(group).stream().map(UnitView::of).toList());
  }
}
