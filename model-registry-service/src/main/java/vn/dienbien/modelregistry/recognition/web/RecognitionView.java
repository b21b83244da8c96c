package vn.dienbien.modelregistry.recognition.web;

import java.util.List;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.Recognition;

/** A recognition with the model it concerns, as listed for officials. */
record RecognitionView(
    String recognitionId,
    String modelId,
    String kind,
    String name,
    String unitId,
    String unitName,
    String field,
    Recognition recognition) {

  static RecognitionView of(Model m, Recognition r) {
    return new RecognitionView(
        r.id(),
        m.id(),
        m.kind().name(),
        m.profile().name(),
        m.unitId(),
        m.unitName(),
        m.profile().field().label(),
        r);
  }

  static RecognitionView of(Model m, String recognitionId) {
    return of(m, m.recognition(recognitionId).orElseThrow());
  }

  record Many(List<RecognitionView> recognised) {}
}
