package vn.dienbien.directive.unit;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.dienbien.platform.csv.CsvRows;
import vn.dienbien.platform.refusal.Refusal;
import vn.dienbien.platform.refusal.Refusal.FieldError;

/**
 * Imports a units CSV (code,name,kind,level,parent_code,groups,official_code,confirmed,source).
 * Every row is checked before anything is written, so a file with one bad row changes nothing and
 * the answer lists each bad row; a good file creates new units, updates changed ones and leaves
 * identical ones alone.
 */
@Service
public class UnitImport {

  /** What an import did. */
  public record Report(int rows, int created, int updated, int unchanged) {}

  private final UnitDirectory directory;
  private final UnitGroups groups;
  private final Units units;
  private final MeterRegistry meters;

  UnitImport(UnitDirectory directory, UnitGroups groups, Units units, MeterRegistry meters) {
    this.directory = directory;
    this.groups = groups;
    this.units = units;
    this.meters = meters;
  }

  /**
   * An uploaded file: decoded with the charset its Content-Type declares, else UTF-8 (what
   * spreadsheets export and curl sends as is). Decoding is strict: bytes of another encoding are
   * refused rather than stored as garbled names that no search finds.
   */
  public Report importCsv(byte[] file, Charset declared, String actorId) {
    Charset charset = declared != null ? declared : StandardCharsets.UTF_8;
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(file == null ? new byte[0] : file))
              .toString();
      return importCsv(text, actorId);
    } catch (CharacterCodingException e) {
      throw Refusal.invalidField(
          "file", "tệp không đúng bảng mã " + charset.name() + "; hãy lưu CSV dạng UTF-8");
    }
  }

  public Report importCsv(String text, String actorId) {
    List<UnitRow> rows = parse(text);
    check(rows);
    // One read of the units the file names instead of two round trips a row: the seed re-imports
    // the whole directory at every start, before the service is ready.
    Map<String, Unit> known = directory.byCode(rows.stream().map(UnitRow::code).toList());
    int created = 0;
    int updated = 0;
    for (UnitRow row : rows) {
      Unit unit = row.toUnit();
      Unit current = known.get(unit.code());
      if (current != null && current.sameFactsAs(unit) && current.active()) {
        continue;
      }
      if (current == null && directory.create(unit, actorId)) {
        created++;
      } else if (directory.update(unit, actorId)) {
        updated++;
      }
    }
    addToGroups(rows);
    meters.counter("units.imported", "outcome", "created").increment(created);
    meters.counter("units.imported", "outcome", "updated").increment(updated);
    return new Report(rows.size(), created, updated, rows.size() - created - updated);
  }

  private List<UnitRow> parse(String text) {
    List<List<String>> lines = CsvRows.nonBlank(text == null ? "" : text);
    if (lines.isEmpty()) {
      throw Refusal.invalidField("file", "tệp CSV trống");
    }
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < lines.get(0).size(); i++) {
      header.put(lines.get(0).get(i).strip().toLowerCase(java.util.Locale.ROOT), i);
    }
    List<String> missing = UnitRow.REQUIRED.stream().filter(c -> !header.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw Refusal.invalidField("header", "thiếu cột " + String.join(", ", missing));
    }
    List<UnitRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      rows.add(UnitRow.of(i + 1, header, lines.get(i)));
    }
    return rows;
  }

  private void check(List<UnitRow> rows) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> inFile = new HashSet<>();
    rows.forEach(r -> inFile.add(r.code()));
    Set<String> seen = new HashSet<>();
    // A group is looked up once per file, not once per row naming it (216 seed rows, 14 groups).
    Map<String, Boolean> knownGroups = new HashMap<>();
    for (UnitRow row : rows) {
      String prefix = "rows[" + row.line() + "]";
      errors.addAll(row.problems(prefix));
      if (!seen.add(row.code())) {
        errors.add(new FieldError(prefix + ".code", "mã " + row.code() + " lặp lại trong tệp"));
      }
      if (!row.parentCode().isBlank()
          && !inFile.contains(row.parentCode())
          && units.find(row.parentCode()).isEmpty()) {
        errors.add(
            new FieldError(
                prefix + ".parent_code", "không có đơn vị cấp trên mã " + row.parentCode()));
      }
      row.groups().stream()
          .filter(g -> !knownGroups.computeIfAbsent(g, groups::exists))
          .forEach(
              g -> errors.add(new FieldError(prefix + ".groups", "không có nhóm đơn vị mã " + g)));
    }
    if (!errors.isEmpty()) {
      throw Refusal.invalidFields(errors);
    }
  }

  private void addToGroups(List<UnitRow> rows) {
    Map<String, List<String>> byGroup = new LinkedHashMap<>();
    rows.forEach(r ->
        r.groups().forEach(g -> byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(r.code())));
    byGroup.forEach(groups::addMembers);
  }
}
