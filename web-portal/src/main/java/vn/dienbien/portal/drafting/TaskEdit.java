package vn.dienbien.portal.drafting;

/**
 * The task editor's form: one task under the name {@code task}, so the shared task fields ({@code
 * task.code}, {@code task.lead}…) bind to it and the API's field messages are placed as in the
 * new-directive form.
 */
public class TaskEdit {

  private TaskForm task = new TaskForm();

  static TaskEdit of(TaskForm task) {
    TaskEdit edit = new TaskEdit();
    edit.task = task;
    return edit;
  }

  public TaskForm getTask() {
    return task;
  }

  public void setTask(TaskForm task) {
    this.task = task;
  }
}
