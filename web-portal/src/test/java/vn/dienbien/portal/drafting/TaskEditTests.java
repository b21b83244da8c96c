package vn.dienbien.portal.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dienbien.portal.directive.Directive;

/** Editing a draft's task sends back everything it had, and refusals land beside its fields. */
class TaskEditTests {

  private static final LocalDate DUE = LocalDate.of(2027, 3, 31);

  @Test
  void anEditedTaskKeepsItsLeadGroupCoordinatorsAndDeadline() {
    Directive.Task task =
        new Directive.Task(
            "t-1",
            "11.7a",
            "Quán triệt Chỉ thị",
            null,
            "LLVT-TINH",
            List.of("HD-TDKT-TINH"),
            List.of("TO-CHUC-CT-XH-TINH"),
            "Kế hoạch",
            new Directive.Deadline("FIXED_DATE", DUE, null, null));

    Map<String, Object> body = TaskForm.of(task).body();

    assertThat(body)
        .containsEntry("code", "11.7a")
        .containsEntry("leadGroupId", "LLVT-TINH")
        .containsEntry("leadUnitId", null)
        .containsEntry("coordinatingUnitIds", List.of("HD-TDKT-TINH"))
        .containsEntry("coordinatingGroupIds", List.of("TO-CHUC-CT-XH-TINH"))
        .containsEntry("expectedOutput", "Kế hoạch");
    @SuppressWarnings("unchecked")
    Map<String, Object> deadline = (Map<String, Object>) body.get("deadline");
    assertThat(deadline)
        .containsEntry("kind", "FIXED_DATE")
        .containsEntry("dueDate", DUE)
        .containsEntry("cadence", null);
  }

  @Test
  void aTaskLedByAUnitIsPickedAsThatUnit() {
    Directive.Task task =
        new Directive.Task(
            "t-2",
            "2",
            "Báo cáo",
            "XA-MUONG-NHE",
            null,
            null,
            null,
            null,
            new Directive.Deadline("ONGOING", null, "QUARTERLY", null));

    TaskForm form = TaskForm.of(task);

    assertThat(form.getLead()).isEqualTo("u:XA-MUONG-NHE");
    assertThat(form.getCoordinatingGroupIds()).isEmpty();
    assertThat(form.body()).containsEntry("leadUnitId", "XA-MUONG-NHE");
  }

  @Test
  void theApisMessagesAboutOneTaskLandBesideTheEditorsFields() {
    assertThat(
            DraftTaskController.fields(
                Map.of(
                    "deadline.dueDate", "cần hạn hoàn thành",
                    "leadUnitId", "không có đơn vị này",
                    "coordinatingGroupIds[0]", "không có nhóm này")))
        .containsOnly(
            Map.entry("task.dueDate", "cần hạn hoàn thành"),
            Map.entry("task.lead", "không có đơn vị này"),
            Map.entry("task.coordinatingGroupIds", "không có nhóm này"));
  }
}
