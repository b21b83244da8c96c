package vn.dienbien.portal.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as contract C1 shapes it ({@code items, page, size, totalItems, totalPages}):
 * pages always say the total, so no list is silently cut.
 */
public record Paged<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  public static <T> Paged<T> of(List<T> items, int page, int size, long totalItems) {
    int pages = size <= 0 ? 0 : (int) ((totalItems + size - 1) / size);
    return new Paged<>(List.copyOf(items), page, size, totalItems, pages);
  }

  /** One page of a list held whole (e.g. one group of a unit's obligations). */
  public static <T> Paged<T> slice(List<T> all, PageRequest request) {
    int from = (int) Math.min(all.size(), (long) request.page() * request.size());
    int to = Math.min(all.size(), from + request.size());
    return of(all.subList(from, to), request.page(), request.size(), all.size());
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return page + 1 < totalPages;
  }

  /** 1-based number of the first item shown, 0 when empty. */
  public long firstShown() {
    return items.isEmpty() ? 0 : (long) page * size + 1;
  }

  public long lastShown() {
    return items.isEmpty() ? 0 : (long) page * size + items.size();
  }

  public <R> Paged<R> map(Function<T, R> f) {
    return new Paged<>(items.stream().map(f).toList(), page, size, totalItems, totalPages);
  }
}
