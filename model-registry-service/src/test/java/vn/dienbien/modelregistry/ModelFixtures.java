package vn.dienbien.modelregistry;

import java.util.List;
import java.util.Map;

/** Request bodies as a client sends them. */
final class ModelFixtures {

  private ModelFixtures() {}

  static Map<String, Object> newModel(String unitId, int year) {
    return Map.of(
        "name",
        "Mô hình \"Dân vận khéo\" trong giải quyết thủ tục hành chính",
        "unitId",
        unitId,
        "field",
        "POLITICAL_SYSTEM",
        "targetArea",
        "ADMINISTRATIVE_PROCEDURES",
        "description",
        "Trả kết quả tại nhà",
        "results",
        List.of(Map.of("indicator", "Tỷ lệ hồ sơ đúng hạn", "value", "98%")),
        "year",
        year,
        "level",
        "COMMUNE");
  }

  static Map<String, Object> evaluation(String modelId, int year, String level, double firstScore) {
    return Map.of(
        "modelId",
        modelId,
        "year",
        year,
        "level",
        level,
        "evaluator",
        "Đoàn khảo sát",
        "scores",
        List.of(
            Map.of("criterionId", "PRACTICAL_RESULTS", "score", firstScore),
            Map.of("criterionId", "PEOPLE_CONSENSUS", "score", 18),
            Map.of("criterionId", "DAN_VAN_KHEO_QUALITY", "score", 12),
            Map.of("criterionId", "NEW_DIFFICULT_PROBLEM", "score", 8),
            Map.of("criterionId", "CREATIVITY", "score", 8),
            Map.of("criterionId", "SUSTAINABILITY", "score", 8),
            Map.of("criterionId", "REPLICABILITY", "score", 4)));
  }

  static Map<String, Object> recognition(String modelId, String level, int year, String date) {
    return Map.of(
        "modelId",
        modelId,
        "level",
        level,
        "year",
        year,
        "decisionNumber",
        "125-QĐ/UBND",
        "decisionDate",
        date,
        "signer",
        "Chủ tịch UBND xã Mường Nhé");
  }

  static Map<String, Object> reEvaluation(int year, String outcome) {
    return outcome.equals("LAPSED")
        ? Map.of(
            "year",
            year,
            "outcome",
            outcome,
            "reason",
            "Không duy trì sinh hoạt",
            "evaluator",
            "Ban Chỉ đạo")
        : Map.of("year", year, "outcome", outcome, "evaluator", "Ban Chỉ đạo");
  }
}
