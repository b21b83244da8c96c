package vn.dienbien.report.detection;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.dienbien.platform.due.DueEntry;
import vn.dienbien.platform.due.DueIndex;
import vn.dienbien.report.Fixtures;
import vn.dienbien.report.obligation.CalendarProperties;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.ObligationPlanner;

/**
 * Fills the store with {@code total} fixed-date obligations, streamed as raw {@link Document}s in
 * {@code insertMany} batches of {@value #BATCH} (the mapping layer would double the fill time; the
 * documents have the shape the converter writes, taken from a planned obligation), and their
 * checkpoints, added to the due index in batches of the same size. The first {@link
 * SweepBenchmark#DUE} were due on 20/11/2026 (one day overdue at the sweep instant, first seen now,
 * as seeded history is); the rest fall due over the next five years, each watched from its 7-day
 * due-soon checkpoint, the way {@code DueDates.watch} schedules them.
 */
final class BenchmarkFill {

  static final int BATCH = 5_000;
  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalDate OVERDUE_DATE = LocalDate.of(2026, 11, 20);
  private static final LocalDate FIRST_FUTURE = LocalDate.of(2026, 12, 1);
  private static final long SPAN_DAYS = 5 * 365;
  private static final List<String> UNITS =
      List.of(
          "XA-MUONG-NHE",
          "XA-SIN-THAU",
          "XA-MUONG-TOONG",
          "XA-NAM-KE",
          "XA-QUANG-LAM",
          "XA-NA-HY",
          "PHUONG-DIEN-BIEN-PHU",
          "PHUONG-MUONG-THANH");

  private final MongoTemplate mongo;
  private final DueIndex checkpoints;
  private final int total;
  private final Document template;
  private final List<Document> obligations = new ArrayList<>(BATCH);
  private final List<DueEntry> entries = new ArrayList<>(BATCH);

  BenchmarkFill(MongoTemplate mongo, DueIndex checkpoints, int total) {
    this.mongo = mongo;
    this.checkpoints = checkpoints;
    this.total = total;
    var planner =
        new ObligationPlanner(
            CalendarProperties.defaults(), java.time.Clock.fixed(SweepBenchmark.NOW, ZONE));
    Obligation planned =
        planner
            .plan(Fixtures.assigned(Fixtures.task117a("bench-0", UNITS.getFirst(), "Xã Mường Nhé")))
            .getFirst();
    this.template = new Document();
    mongo.getConverter().write(planned, template);
  }

  void fill() {
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      LocalDate dueDate =
          i < SweepBenchmark.DUE
              ? OVERDUE_DATE
              : FIRST_FUTURE.plusDays(
                  (i - SweepBenchmark.DUE) * SPAN_DAYS / Math.max(1, total - SweepBenchmark.DUE));
      Instant dueAt = ObligationPlanner.dueAt(dueDate, ZONE);
      String assignmentId = "bench-" + i;
      String id = Obligation.idOf(assignmentId, "FIXED");
      obligations.add(obligation(assignmentId, id, dueDate, dueAt));
      Instant checkpoint = dueAt.minus(Duration.ofDays(7));
      entries.add(DueEntry.of(id, checkpoint));
      if (obligations.size() == BATCH) {
        flush();
      }
      if ((i + 1) % Math.max(BATCH, total / 10) == 0) {
        System.out.printf(
            "  ... %,d / %,d obligations (%,d ms)%n", i + 1, total, SweepBenchmark.ms(start));
      }
    }
    flush();
  }

  private Document obligation(String assignmentId, String id, LocalDate dueDate, Instant dueAt) {
    Document assignment = new Document(template.get("assignment", Document.class));
    assignment.put("assignmentId", assignmentId);
    assignment.put("unitId", UNITS.get(Math.floorMod(assignmentId.hashCode(), UNITS.size())));
    Object date = mongo.getConverter().convertToMongoType(dueDate);
    Document doc = new Document(template);
    doc.put("_id", id);
    doc.put("assignment", assignment);
    doc.put("originalDueDate", date);
    doc.put("dueDate", date);
    doc.put("dueAt", Date.from(dueAt));
    doc.put("revKey", Obligation.revKeyOf(id, 0));
    return doc;
  }

  private void flush() {
    if (!obligations.isEmpty()) {
      mongo.getCollection(Obligation.COLLECTION).insertMany(obligations);
      obligations.clear();
    }
    checkpoints.addAll(entries);
    entries.clear();
  }
}
