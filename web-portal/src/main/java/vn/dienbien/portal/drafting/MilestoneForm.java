package vn.dienbien.portal.drafting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dienbien.portal.directive.Directive;
import vn.dienbien.portal.web.Forms;

/**
 * One dated milestone of an ongoing or annual task (sơ kết, tổng kết) as typed: the API's {@code
 * deadline.milestones[i]}. A row left empty is no milestone.
 */
public class MilestoneForm {

  private String key;
  private String label;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate dueDate;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate windowOpensOn;

  private String dateSource;

  static MilestoneForm of(Directive.Milestone milestone) {
    MilestoneForm form = new MilestoneForm();
    form.key = milestone.key();
    form.label = milestone.label();
    form.dueDate = milestone.dueDate();
    form.windowOpensOn = milestone.windowOpensOn();
    form.dateSource = milestone.dateSource();
    return form;
  }

  /** Nothing typed in this row. */
  boolean blank() {
    return Forms.blank(key) == null
        && Forms.blank(label) == null
        && dueDate == null
        && windowOpensOn == null
        && Forms.blank(dateSource) == null;
  }

  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("key", Forms.blank(key));
    body.put("label", Forms.blank(label));
    body.put("dueDate", dueDate);
    body.put("windowOpensOn", windowOpensOn);
    body.put("dateSource", Forms.blank(dateSource));
    return body;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public LocalDate getWindowOpensOn() {
    return windowOpensOn;
  }

  public void setWindowOpensOn(LocalDate windowOpensOn) {
    this.windowOpensOn = windowOpensOn;
  }

  public String getDateSource() {
    return dateSource;
  }

  public void setDateSource(String dateSource) {
    this.dateSource = dateSource;
  }
}
