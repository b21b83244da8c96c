package vn.dienbien.portal.drafting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A directive being drafted, as typed into the form. Field names follow the API's ({@code
 * tasks[0].deadline.dueDate}), so the service's field messages land beside the right field.
 */
public class DirectiveForm {

  private String number;
  private String issuingBodyId = "BTV-TU";

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate issuedOn;

  private String title;
  private Integer periodStartYear;
  private Integer periodEndYear;
  private String signer;
  private List<TaskForm> tasks = new ArrayList<>(List.of(new TaskForm()));

  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("number", number);
    body.put("issuingBodyId", issuingBodyId);
    body.put("issuedOn", issuedOn);
    body.put("title", title);
    body.put("periodStartYear", periodStartYear == null ? 0 : periodStartYear);
    body.put("periodEndYear", periodEndYear == null ? 0 : periodEndYear);
    body.put("signer", signer);
    body.put("tasks", tasks.stream().map(TaskForm::body).toList());
    return body;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getIssuingBodyId() {
    return issuingBodyId;
  }

  public void setIssuingBodyId(String issuingBodyId) {
    this.issuingBodyId = issuingBodyId;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public void setIssuedOn(LocalDate issuedOn) {
    this.issuedOn = issuedOn;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Integer getPeriodStartYear() {
    return periodStartYear;
  }

  public void setPeriodStartYear(Integer periodStartYear) {
    this.periodStartYear = periodStartYear;
  }

  public Integer getPeriodEndYear() {
    return periodEndYear;
  }

  public void setPeriodEndYear(Integer periodEndYear) {
    this.periodEndYear = periodEndYear;
  }

  public String getSigner() {
    return signer;
  }

  public void setSigner(String signer) {
    this.signer = signer;
  }

  public List<TaskForm> getTasks() {
    return tasks;
  }

  public void setTasks(List<TaskForm> tasks) {
    this.tasks = tasks;
  }
}
