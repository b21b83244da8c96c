package vn.dienbien.modelregistry.recognition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dienbien.modelregistry.model.Decision;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Recognition;
import vn.dienbien.platform.refusal.Refusal;

/**
 * One decision recognising many models (the usual yearly decision lists dozens). Every model is
 * checked before anything is written, so a list with one bad line writes nothing.
 */
@Service
public class BulkRecognition {

  private final RecognitionDecisions decisions;

  BulkRecognition(RecognitionDecisions decisions) {
    this.decisions = decisions;
  }

  public List<Recognition> recogniseAll(
      List<String> modelIds, Level level, int year, Decision decision, String actorId) {
    List<Refusal.FieldError> problems = new ArrayList<>();
    var seen = new HashSet<String>();
    for (int i = 0; i < modelIds.size(); i++) {
      String modelId = modelIds.get(i);
      if (!seen.add(modelId)) {
        throw Refusal.invalidField(
            "modelIds[" + i + "]", "mô hình bị lặp trong danh sách: " + modelId);
      }
      try {
        decisions.check(modelId, level, year, decision, actorId);
      } catch (Refusal problem) {
        // A bad request or a caller outside its level refuses the whole list, not one line.
        if (problem.kind() == Refusal.Kind.INVALID || problem.kind() == Refusal.Kind.FORBIDDEN) {
          throw problem;
        }
        problems.add(new Refusal.FieldError("modelIds[" + i + "]", problem.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw Refusal.conflicts(
          "bulk-rejected",
          problems.size() + " mô hình trong danh sách chưa thể công nhận; chưa ghi quyết định nào",
          problems);
    }
    return modelIds.stream()
        .map(id -> decisions.recognise(id, level, year, decision, actorId))
        .toList();
  }
}
