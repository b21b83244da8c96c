package vn.dienbien.notification.contact;

import jakarta.validation.Validator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.dienbien.notification.contact.ImportReport.RowError;
import vn.dienbien.platform.csv.CsvRows;
import vn.dienbien.platform.refusal.Refusal;

/**
 * Imports officials from a spreadsheet export. Each row is checked like an API request; good rows
 * are stored (matched to an existing official by email or mobile, so a re-import updates instead of
 * duplicating), bad rows are reported with their line and field and stored nowhere.
 */
@Service
public class ContactImport {

  static final int MAX_ROWS = 5_000;

  private final ContactRegistry registry;
  private final Validator validator;

  ContactImport(ContactRegistry registry, Validator validator) {
    this.registry = registry;
    this.validator = validator;
  }

  public ImportReport importCsv(String csv, boolean dryRun) {
    List<List<String>> table =
        CsvRows.parse(csv == null ? "" : Normalizer.normalize(csv, Normalizer.Form.NFC));
    Map<String, Integer> columns =
        ContactColumns.locate(table.isEmpty() ? List.of() : table.getFirst());
    if (table.size() - 1 > MAX_ROWS) {
      throw Refusal.invalidField("file", "tệp có quá " + MAX_ROWS + " dòng");
    }
    Tally tally = new Tally();
    for (int line = 2; line <= table.size(); line++) {
      List<String> cells = table.get(line - 1);
      if (!cells.isEmpty()) {
        importRow(cells, columns, line, dryRun, tally);
      }
    }
    return tally.report(dryRun);
  }

  /** Stores a good row (unless a dry run) or records why it was rejected. */
  private void importRow(
      List<String> cells, Map<String, Integer> columns, int line, boolean dryRun, Tally tally) {
    tally.rows++;
    List<RowError> rowErrors = new ArrayList<>();
    ContactForm form = ContactColumns.form(cells, columns, line, rowErrors);
    if (rowErrors.isEmpty()) {
      rowErrors.addAll(check(form, line));
    }
    if (!rowErrors.isEmpty()) {
      tally.rejected++;
      tally.errors.addAll(rowErrors);
      return;
    }
    var existing = registry.sameOfficial(form);
    if (!dryRun) {
      existing.ifPresentOrElse(c -> registry.change(c.id(), form), () -> registry.register(form));
    }
    if (existing.isPresent()) {
      tally.updated++;
    } else {
      tally.created++;
    }
  }

  private List<RowError> check(ContactForm form, int line) {
    List<RowError> errors = new ArrayList<>();
    validator
        .validate(form)
        .forEach(
            v -> errors.add(new RowError(line, v.getPropertyPath().toString(), v.getMessage())));
    if (errors.isEmpty()) {
      registry
          .problemsOf(form)
          .forEach(p -> errors.add(new RowError(line, p.field(), p.message())));
    }
    return errors;
  }

  /** The counts of an import so far. */
  private static final class Tally {
    private final List<RowError> errors = new ArrayList<>();
    private int rows;
    private int created;
    private int updated;
    private int rejected;

    ImportReport report(boolean dryRun) {
      return new ImportReport(rows, created, updated, rejected, dryRun, errors);
    }
  }
}
