package vn.dienbien.portal.drafting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dienbien.portal.web.Forms;

/**
 * One task of a draft. {@code lead} is what the person picked from the directory: {@code g:<group>}
 * or {@code u:<unit>}; the API gets {@code leadGroupId} or {@code leadUnitId}.
 */
public class TaskForm {

  private String code;
  private String content;
  private String expectedOutput;
  private String lead;
  private List<String> coordinatingUnitIds = new ArrayList<>();
  private String kind;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate dueDate;

  private String cadence;

  Map<String, Object> body() {
    Map<String, Object> task = new LinkedHashMap<>();
    task.put("code", code);
    task.put("content", content);
    task.put("expectedOutput", Forms.blank(expectedOutput));
    boolean group = lead != null && lead.startsWith("g:");
    String leadCode = lead == null || lead.length() < 3 ? null : lead.substring(2);
    task.put("leadGroupId", group ? leadCode : null);
    task.put("leadUnitId", group ? null : leadCode);
    task.put("coordinatingUnitIds", coordinatingUnitIds == null ? List.of() : coordinatingUnitIds);
    Map<String, Object> deadline = new LinkedHashMap<>();
    deadline.put("kind", Forms.blank(kind));
    deadline.put("dueDate", dueDate);
    deadline.put("cadence", Forms.blank(cadence));
    task.put("deadline", deadline);
    return task;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public String getExpectedOutput() {
    return expectedOutput;
  }

  public void setExpectedOutput(String expectedOutput) {
    this.expectedOutput = expectedOutput;
  }

  public String getLead() {
    return lead;
  }

  public void setLead(String lead) {
    this.lead = lead;
  }

  public List<String> getCoordinatingUnitIds() {
    return coordinatingUnitIds;
  }

  public void setCoordinatingUnitIds(List<String> coordinatingUnitIds) {
    this.coordinatingUnitIds = coordinatingUnitIds;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public String getCadence() {
    return cadence;
  }

  public void setCadence(String cadence) {
    this.cadence = cadence;
  }
}
