package vn.dienbien.portal.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dienbien.portal.directive.Unit;
import vn.dienbien.portal.web.Forms;

/**
 * A group of units as typed: a new group ({@code POST /api/v1/unit-groups}) or the new member list
 * of an existing one ({@code PUT /api/v1/unit-groups/{id}/members}). Field names are the API's.
 */
public class GroupForm {

  private String code;
  private String name;
  private String description;
  private List<String> memberIds = new ArrayList<>();

  static GroupForm of(Unit.Group group) {
    GroupForm form = new GroupForm();
    form.code = group.id();
    form.name = group.name();
    form.description = group.description();
    form.memberIds = new ArrayList<>(group.members().stream().map(Unit::id).toList());
    return form;
  }

  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", Forms.blank(code));
    body.put("name", Forms.blank(name));
    body.put("description", Forms.blank(description));
    body.put("memberIds", members());
    return body;
  }

  Map<String, Object> membersBody() {
    return Map.of("memberIds", members());
  }

  private List<String> members() {
    return memberIds == null ? List.of() : memberIds;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public List<String> getMemberIds() {
    return memberIds;
  }

  public void setMemberIds(List<String> memberIds) {
    this.memberIds = memberIds;
  }
}
