package vn.dienbien.portal.drafting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import vn.dienbien.portal.directive.Directive;
import vn.dienbien.portal.web.Forms;

/**
 * One task of a draft. {@code lead} is what the person picked from the directory: {@code g:<group>}
 * or {@code u:<unit>}; the API gets {@code leadGroupId} or {@code leadUnitId}.
 */
public class TaskForm {

  static final int BLANK_MILESTONE_ROWS = 2;
  static final int MAX_MILESTONES = 20;

  private String code;
  private String content;
  private String expectedOutput;
  private String lead;
  private List<String> coordinatingUnitIds = new ArrayList<>();
  private List<String> coordinatingGroupIds = new ArrayList<>();
  private String kind;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate dueDate;

  private String cadence;
  private List<MilestoneForm> milestones = new ArrayList<>();

  /** The task as directive-service has it, to edit. */
  static TaskForm of(Directive.Task task) {
    TaskForm form = new TaskForm();
    form.code = task.code();
    form.content = task.content();
    form.expectedOutput = task.expectedOutput();
    form.lead =
        task.leadGroupId() != null
            ? "g:" + task.leadGroupId()
            : task.leadUnitId() != null ? "u:" + task.leadUnitId() : null;
    form.coordinatingUnitIds = copy(task.coordinatingUnitIds());
    form.coordinatingGroupIds = copy(task.coordinatingGroupIds());
    if (task.deadline() != null) {
      form.kind = task.deadline().kind();
      form.dueDate = task.deadline().dueDate();
      form.cadence = task.deadline().cadence();
      form.milestones =
          new ArrayList<>(task.deadline().milestones().stream().map(MilestoneForm::of).toList());
    }
    return form;
  }

  private static List<String> copy(List<String> ids) {
    return ids == null ? new ArrayList<>() : new ArrayList<>(ids);
  }

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
    task.put(
        "coordinatingGroupIds", coordinatingGroupIds == null ? List.of() : coordinatingGroupIds);
    Map<String, Object> deadline = new LinkedHashMap<>();
    deadline.put("kind", Forms.blank(kind));
    deadline.put("dueDate", dueDate);
    deadline.put("cadence", Forms.blank(cadence));
    milestones.removeIf(MilestoneForm::blank); // the API's milestones[i] are the rows shown
    deadline.put("milestones", milestones.stream().map(MilestoneForm::body).toList());
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

  public List<String> getCoordinatingGroupIds() {
    return coordinatingGroupIds;
  }

  public void setCoordinatingGroupIds(List<String> coordinatingGroupIds) {
    this.coordinatingGroupIds = coordinatingGroupIds;
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

  /**
   * The milestone rows to show: those typed, then {@link #BLANK_MILESTONE_ROWS} empty ones to add
   * more (the API takes at most {@link #MAX_MILESTONES}).
   */
  public List<MilestoneForm> getMilestoneRows() {
    List<MilestoneForm> rows = new ArrayList<>(milestones);
    rows.removeIf(MilestoneForm::blank);
    while (rows.size() < MAX_MILESTONES && rows.size() < filled() + BLANK_MILESTONE_ROWS) {
      rows.add(new MilestoneForm());
    }
    return rows;
  }

  private long filled() {
    return milestones.stream().filter(m -> !m.blank()).count();
  }

  public List<MilestoneForm> getMilestones() {
    return milestones;
  }

  public void setMilestones(List<MilestoneForm> milestones) {
    this.milestones = milestones == null ? new ArrayList<>() : milestones;
  }

  public String getCadence() {
    return cadence;
  }

  public void setCadence(String cadence) {
    this.cadence = cadence;
  }
}
