package vn.dienbien.portal.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.dienbien.portal.directive.Unit;
import vn.dienbien.portal.web.Forms;

/**
 * A unit of the directory as typed into the form; field names are the API's ({@code POST/PUT
 * /api/v1/units}), so the service's field messages land beside the right field.
 */
public class UnitForm {

  private String code;
  private String name;
  private String kind;
  private String level;
  private String parentId;
  private String officialCode;
  private boolean confirmed;
  private String source;

  static UnitForm of(Unit unit) {
    UnitForm form = new UnitForm();
    form.code = unit.id();
    form.name = unit.name();
    form.kind = unit.kind();
    form.level = unit.level();
    form.parentId = unit.parentId();
    form.officialCode = unit.officialCode();
    form.confirmed = Boolean.TRUE.equals(unit.confirmed());
    form.source = unit.source();
    return form;
  }

  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", Forms.blank(code));
    body.put("name", Forms.blank(name));
    body.put("kind", Forms.blank(kind));
    body.put("level", Forms.blank(level));
    body.put("parentId", Forms.blank(parentId));
    body.put("officialCode", Forms.blank(officialCode));
    body.put("confirmed", confirmed);
    body.put("source", Forms.blank(source));
    return body;
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

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getParentId() {
    return parentId;
  }

  public void setParentId(String parentId) {
    this.parentId = parentId;
  }

  public String getOfficialCode() {
    return officialCode;
  }

  public void setOfficialCode(String officialCode) {
    this.officialCode = officialCode;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public void setConfirmed(boolean confirmed) {
    this.confirmed = confirmed;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }
}
