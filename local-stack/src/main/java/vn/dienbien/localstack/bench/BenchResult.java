package vn.dienbien.localstack.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's figures and how they are printed: a table with the raw limit beside each project
 * figure, then the one closing {@code bench:} line (issue 16).
 */
public final class BenchResult {

  /** One row of the table: what was measured, the raw limit it compares with, the project's. */
  public record Row(String measure, String raw, String project, String note) {}

  /** The closing line's figures, as issue 16 defines them. */
  public record Line(
      double submitRatio,
      double relayRatio,
      double consumerRatio,
      long notifyP99Ms,
      double readyS,
      long rssMb) {

    public String format() {
      return String.format(
          Locale.ROOT,
          "bench: submit_ratio=%.3f relay_ratio=%.3f consumer_ratio=%.3f notify_p99_ms=%d"
              + " ready_s=%.1f rss_mb=%d",
          submitRatio,
          relayRatio,
          consumerRatio,
          notifyP99Ms,
          readyS,
          rssMb);
    }
  }

  private final List<Row> rows = new ArrayList<>();

  public void add(String measure, String raw, String project, String note) {
    rows.add(new Row(measure, raw, project, note));
  }

  public List<Row> rows() {
    return List.copyOf(rows);
  }

  /** The table, columns as wide as their widest cell. */
  public String table() {
    List<Row> all = new ArrayList<>();
    all.add(new Row("measure", "raw limit", "project", "note"));
    all.addAll(rows);
    int[] width = new int[4];
    for (Row r : all) {
      String[] cells = cells(r);
      for (int i = 0; i < 4; i++) {
        width[i] = Math.max(width[i], cells[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int n = 0; n < all.size(); n++) {
      String[] cells = cells(all.get(n));
      out.append(
          String.format(
                  "%-" + width[0] + "s | %" + width[1] + "s | %" + width[2] + "s | %s",
                  (Object[]) cells)
              .stripTrailing());
      out.append('\n');
      if (n == 0) {
        out.append("-".repeat(width[0] + width[1] + width[2] + width[3] + 9)).append('\n');
      }
    }
    return out.toString();
  }

  /** A rate for the table: "1234/s" (one decimal below 10/s). */
  public static String rate(double perSecond) {
    return perSecond >= 10
        ? String.format(Locale.ROOT, "%.0f/s", perSecond)
        : String.format(Locale.ROOT, "%.1f/s", perSecond);
  }

  private static String[] cells(Row r) {
    return new String[] {r.measure(), r.raw(), r.project(), r.note()};
  }
}
