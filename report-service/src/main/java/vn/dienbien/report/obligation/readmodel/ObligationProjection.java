package vn.dienbien.report.obligation.readmodel;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.report.obligation.StoredObligations;

/**
 * Every obligation as a slim {@link ObligationRow}, in memory, by id, unit, directive and due date,
 * so progress and obligation lists need no scan of the store (the embedded store has no secondary
 * indexes). Filled once at start-up ({@link ProjectionLoad}), then told of each write this instance
 * makes ({@link StoredObligations}) and of those other instances make ({@link
 * ObligationStateConsumer}). A copy replaces the row only if its version is higher, so an older
 * update never undoes a newer one. Reads take no lock: they copy from concurrent maps and check
 * each row against what they asked, so an index entry not yet moved is harmless; writers are
 * serialised, but only over memory.
 */
@Component
public class ObligationProjection implements StoredObligations {

  private static final Comparator<ObligationRow> STORE_ORDER =
      Comparator.comparingLong(ObligationRow::order);

  private final Map<String, ObligationRow> byId = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> byUnit = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> byDirective = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<LocalDate, Set<String>> byDue = new ConcurrentSkipListMap<>();
  private final AtomicLong changes = new AtomicLong();
  private final MeterRegistry meters;
  private long placed;

  ObligationProjection(MeterRegistry meters) {
    this.meters = meters;
    Gauge.builder("obligations.projected", byId, Map::size)
        .description("Obligations held by the progress read model")
        .register(meters);
  }

  @Override
  public void stored(Obligation obligation) {
    put(ObligationRow.of(obligation), "write");
  }

  /**
   * Keeps {@code row} unless a copy at the same or a higher version is held already.
   *
   * @return true if the row was taken
   */
  public synchronized boolean put(ObligationRow row, String source) {
    ObligationRow held = byId.get(row.id());
    if (held != null && held.version() >= row.version()) {
      return false;
    }
    ObligationRow kept = row.placed(held == null ? ++placed : held.order());
    index(byUnit, kept.unitId(), kept.id());
    index(byDirective, kept.directiveId(), kept.id());
    byDue.computeIfAbsent(kept.dueDate(), d -> ConcurrentHashMap.newKeySet()).add(kept.id());
    byId.put(kept.id(), kept);
    if (held != null && !held.dueDate().equals(kept.dueDate())) {
      byDue.getOrDefault(held.dueDate(), Set.of()).remove(kept.id());
    }
    changes.incrementAndGet();
    meters.counter("obligations.projection.updates", "source", source).increment();
    return true;
  }

  /** Whether a copy at {@code version} would replace what is held (or nothing is held). */
  public boolean isNewer(String id, long version) {
    ObligationRow held = byId.get(id);
    return held == null || held.version() < version;
  }

  /**
   * How many rows the projection has taken so far: it grows with every change, after the change is
   * in place. A result computed from the rows after reading {@code changes() == n} is current for
   * as long as {@code changes()} still answers {@code n}.
   */
  public long changes() {
    return changes.get();
  }

  public Optional<ObligationRow> row(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public int size() {
    return byId.size();
  }

  /** Every row, in store order. */
  public List<ObligationRow> all() {
    return sorted(byId.values().stream());
  }

  /** The rows of {@code unitId}, in store order. */
  public List<ObligationRow> ofUnit(String unitId) {
    return rows(byUnit.getOrDefault(unitId, Set.of()))
        .filter(r -> r.unitId().equals(unitId))
        .sorted(STORE_ORDER)
        .toList();
  }

  /** The rows of {@code directiveId}, in store order. */
  public List<ObligationRow> ofDirective(String directiveId) {
    return rows(byDirective.getOrDefault(directiveId, Set.of()))
        .filter(r -> r.directiveId().equals(directiveId))
        .sorted(STORE_ORDER)
        .toList();
  }

  /** The rows due from {@code from} to {@code to}, both included, in store order. */
  public List<ObligationRow> dueBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return List.of();
    }
    return rows(byDue.subMap(from, true, to, true).values().stream().flatMap(Set::stream).toList())
        .filter(r -> !r.dueDate().isBefore(from) && !r.dueDate().isAfter(to))
        .sorted(STORE_ORDER)
        .toList();
  }

  private Stream<ObligationRow> rows(Collection<String> ids) {
    return ids.stream().distinct().map(byId::get).filter(r -> r != null);
  }

  private static List<ObligationRow> sorted(Stream<ObligationRow> rows) {
    return rows.sorted(STORE_ORDER).toList();
  }

  private static void index(Map<String, Set<String>> index, String key, String id) {
    if (key != null) {
      index.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
    }
  }
}
