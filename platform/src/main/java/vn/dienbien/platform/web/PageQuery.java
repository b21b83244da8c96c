package vn.dienbien.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The page a list request asks for (contract C1): 0-based {@code page}, {@code size} (1–500,
 * default 50) and the {@code sort} orders it named. A controller takes it as a parameter (resolved
 * and validated from the query string, see {@link PageParams}) and answers with {@link
 * PagedResponse#of}.
 */
public record PageQuery(int page, int size, List<Order> sort) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  /** Highest page number accepted: far beyond any real list, low enough that skips stay sane. */
  public static final int MAX_PAGE = 1_000_000;

  /** One {@code sort=property,direction}. */
  public record Order(String property, boolean ascending) {}

  public PageQuery {
    sort = List.copyOf(sort);
  }

  public static PageQuery of(int page, int size) {
    return new PageQuery(page, size, List.of());
  }

  public long offset() {
    return (long) page * size;
  }

  /**
   * Skip, limit and order of a MongoDB query: the requested orders mapped to document fields
   * ({@code fields} maps an API property to its field; unmapped ones are used as they are), else
   * {@code fallback}; {@code _id} last so pages never overlap.
   */
  public Query apply(Query query, Map<String, String> fields, Sort fallback) {
    List<Sort.Order> orders = new ArrayList<>();
    for (Order order : sort) {
      String field = fields.getOrDefault(order.property(), order.property());
      orders.add(order.ascending() ? Sort.Order.asc(field) : Sort.Order.desc(field));
    }
    Sort sorting = orders.isEmpty() ? fallback : Sort.by(orders);
    if (sorting.getOrderFor("_id") == null) {
      sorting = sorting.and(Sort.by("_id"));
    }
    return query.with(sorting).skip(offset()).limit(size);
  }

  /** This page of a list already in memory (small, computed lists), in the list's order. */
  public <T> List<T> slice(List<T> all) {
    if (offset() >= all.size()) {
      return List.of();
    }
    int from = (int) offset();
    return List.copyOf(all.subList(from, Math.min(all.size(), from + size)));
  }
}
