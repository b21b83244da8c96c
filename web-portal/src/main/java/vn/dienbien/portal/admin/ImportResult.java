package vn.dienbien.portal.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What an import did, as the service answered it: how many data rows it read, what became of them,
 * and each refused row's line (the header is line 1) with the service's message. {@code written} is
 * false when nothing was stored (a units file with a bad row, a contacts check run).
 */
public record ImportResult(
    int rows,
    int created,
    int updated,
    int unchanged,
    int rejected,
    boolean written,
    List<RowProblem> problems,
    String fileError) {

  /** One refused row: its line in the file, the column, and why. */
  public record RowProblem(int line, String column, String message) {}

  private static final Pattern ROW = Pattern.compile("rows\\[(\\d+)]\\.(.+)");

  /** directive-service's units import report ({@code rows, created, updated, unchanged}). */
  static ImportResult units(JsonNode report) {
    return new ImportResult(
        report.path("rows").asInt(),
        report.path("created").asInt(),
        report.path("updated").asInt(),
        report.path("unchanged").asInt(),
        0,
        true,
        List.of(),
        null);
  }

  /**
   * directive-service refused the units file: nothing written; its field errors {@code
   * rows[n].column} are rows, any other (header, file) is about the whole file.
   */
  static ImportResult unitsRefused(Map<String, String> fieldErrors, String summary) {
    List<RowProblem> problems = new ArrayList<>();
    List<String> other = new ArrayList<>();
    fieldErrors.forEach((field, message) -> {
      Matcher row = ROW.matcher(field);
      if (row.matches()) {
        problems.add(new RowProblem(Integer.parseInt(row.group(1)), row.group(2), message));
      } else {
        other.add(message);
      }
    });
    problems.sort(java.util.Comparator.comparingInt(RowProblem::line));
    String fileError = problems.isEmpty() && other.isEmpty() ? summary : String.join("; ", other);
    long lines = problems.stream().mapToInt(RowProblem::line).distinct().count();
    return new ImportResult(
        0, 0, 0, 0, (int) lines, false, problems, fileError.isBlank() ? null : fileError);
  }

  /** notification-service's contacts import report, refused rows listed by line. */
  static ImportResult contacts(JsonNode report) {
    List<RowProblem> problems = new ArrayList<>();
    report
        .path("errors")
        .forEach(e ->
            problems.add(
                new RowProblem(
                    e.path("row").asInt(),
                    e.path("field").asString(),
                    e.path("message").asString())));
    return new ImportResult(
        report.path("rows").asInt(),
        report.path("created").asInt(),
        report.path("updated").asInt(),
        0,
        report.path("rejected").asInt(),
        !report.path("dryRun").asBoolean(),
        problems,
        null);
  }

  static ImportResult fileRefused(String message) {
    return new ImportResult(0, 0, 0, 0, 0, false, List.of(), message);
  }

  /**
   * Rows the service counted but did not account for as created, updated, unchanged or refused: a
   * row silently dropped, shown as a warning (expected 0).
   */
  public int unaccounted() {
    return written || rejected > 0 ? rows - created - updated - unchanged - rejected : 0;
  }
}
