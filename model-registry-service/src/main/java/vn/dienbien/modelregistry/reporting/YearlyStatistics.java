package vn.dienbien.modelregistry.reporting;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dienbien.modelregistry.model.Field;
import vn.dienbien.modelregistry.model.Level;
import vn.dienbien.modelregistry.model.Model;
import vn.dienbien.modelregistry.model.ReEvaluation;
import vn.dienbien.modelregistry.model.Recognition;
import vn.dienbien.modelregistry.model.Registration;

/**
 * The counts the periodic report to the Standing Board needs, per year and field: new models (first
 * registered that year), recognitions by level, re-evaluations that found them sustained, and those
 * that lapsed. Pure, so the arithmetic is unit-tested.
 */
public final class YearlyStatistics {

  private YearlyStatistics() {}

  /** One line of the table. */
  public record Row(
      int year,
      Field field,
      String fieldLabel,
      int registeredNew,
      int recognisedCommune,
      int recognisedProvince,
      int sustained,
      int lapsed) {

    Row plus(int registered, int commune, int province, int sustainedCount, int lapsedCount) {
      return new Row(
          year,
          field,
          fieldLabel,
          registeredNew + registered,
          recognisedCommune + commune,
          recognisedProvince + province,
          sustained + sustainedCount,
          lapsed + lapsedCount);
    }
  }

  public static List<Row> of(List<Model> models, int fromYear, int toYear) {
    Map<String, Row> rows = new TreeMap<>();
    for (Model model : models) {
      Field field = model.profile().field();
      model.registrations().stream()
          .mapToInt(Registration::year)
          .min()
          .ifPresent(first -> add(rows, first, field, 1, 0, 0, 0, 0));
      for (Recognition r : model.recognitions()) {
        add(
            rows,
            r.year(),
            field,
            0,
            r.level() == Level.COMMUNE ? 1 : 0,
            r.level() == Level.PROVINCE ? 1 : 0,
            0,
            0);
        for (ReEvaluation review : r.reEvaluations()) {
          boolean sustained = review.outcome() == ReEvaluation.Outcome.SUSTAINED;
          add(rows, review.year(), field, 0, 0, 0, sustained ? 1 : 0, sustained ? 0 : 1);
        }
      }
    }
    return rows.values().stream()
        .filter(r -> r.year() >= fromYear && r.year() <= toYear)
        .sorted(Comparator.comparingInt(Row::year).thenComparing(Row::field))
        .toList();
  }

  private static void add(
      Map<String, Row> rows,
      int year,
      Field field,
      int registered,
      int commune,
      int province,
      int sustained,
      int lapsed) {
    String key = year + ":" + field.ordinal();
    Row row = rows.getOrDefault(key, new Row(year, field, field.label(), 0, 0, 0, 0, 0));
    rows.put(key, row.plus(registered, commune, province, sustained, lapsed));
  }
}
