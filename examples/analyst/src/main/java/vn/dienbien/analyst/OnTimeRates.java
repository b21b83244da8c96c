package vn.dienbien.analyst;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * On-time rates over the current states of obligations, selected as report-service's progress
 * selects them: a directive's progress counts its periods already started (period start on or
 * before today, Asia/Ho_Chi_Minh); a period's summary counts the obligations due within it.
 *
 * @param total the whole selection
 * @param byUnit by unit code
 * @param byTask by task code
 */
public record OnTimeRates(
    Tally total, SortedMap<String, Tally> byUnit, SortedMap<String, Tally> byTask) {

  /** As {@code GET /api/v1/progress/directives/{directiveId}} counts. */
  public static OnTimeRates directive(
      Collection<ObligationView> all, String directiveId, Instant now, ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    return of(
        all, o -> o.directiveId().equals(directiveId) && !o.periodStart().isAfter(today), now);
  }

  /** As {@code GET /api/v1/progress/summary?from=&to=} counts. */
  public static OnTimeRates period(
      Collection<ObligationView> all, LocalDate from, LocalDate to, Instant now) {
    return of(all, o -> !o.dueDate().isBefore(from) && !o.dueDate().isAfter(to), now);
  }

  /** The directives that have obligations, by id. */
  public static SortedSet<String> directives(Collection<ObligationView> all) {
    return all.stream()
        .map(ObligationView::directiveId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static OnTimeRates of(
      Collection<ObligationView> all, Predicate<ObligationView> selected, Instant now) {
    record Counted(ObligationView obligation, Status status) {}
    List<Counted> counted =
        all.stream()
            .filter(selected)
            .flatMap(o -> Status.of(o, now).map(s -> new Counted(o, s)).stream())
            .toList();
    Function<Function<ObligationView, String>, SortedMap<String, Tally>> by =
        key ->
            counted.stream()
                .collect(
                    Collectors.groupingBy(
                        c -> key.apply(c.obligation()),
                        TreeMap::new,
                        Collectors.collectingAndThen(
                            Collectors.toList(),
                            list -> Tally.of(list.stream().map(Counted::status).toList()))));
    return new OnTimeRates(
        Tally.of(counted.stream().map(Counted::status).toList()),
        by.apply(ObligationView::unitId),
        by.apply(ObligationView::taskCode));
  }
}
