package vn.dienbien.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list (contract C1): the items, where the page is, how many there are in all, and
 * relative links to this, the first, the previous, the next and the last page, keeping every other
 * query parameter. Lists are never cut silently: {@code totalItems} counts everything that matched.
 */
@Schema(description = "Một trang của danh sách: các mục, tổng số mục và liên kết tới các trang")
public record PagedResponse<T>(
    List<T> items, int page, int size, long totalItems, int totalPages, Links links) {

  /** Relative URIs; {@code prev} and {@code next} are left out when there is none. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Links(String self, String first, String prev, String next, String last) {}

  public PagedResponse {
    items = List.copyOf(items);
  }

  /** The page {@code query} asked for, of {@code totalItems} in all, linked from this request. */
  public static <T> PagedResponse<T> of(List<T> items, long totalItems, PageQuery query) {
    int totalPages =
        (int) Math.min(Integer.MAX_VALUE, (totalItems + query.size() - 1) / query.size());
    int last = Math.max(0, totalPages - 1);
    String base = currentRequest();
    Links links =
        new Links(
            link(base, query.page(), query.size()),
            link(base, 0, query.size()),
            query.page() > 0 ? link(base, Math.min(query.page() - 1, last), query.size()) : null,
            query.page() < last ? link(base, query.page() + 1, query.size()) : null,
            link(base, last, query.size()));
    return new PagedResponse<>(items, query.page(), query.size(), totalItems, totalPages, links);
  }

  /** A page of a list held in memory: sliced here, totals from the whole list. */
  public static <T> PagedResponse<T> ofAll(List<T> all, PageQuery query) {
    return of(query.slice(all), all.size(), query);
  }

  public <R> PagedResponse<R> map(Function<? super T, ? extends R> mapper) {
    return new PagedResponse<>(
        items.stream().<R>map(mapper).toList(), page, size, totalItems, totalPages, links);
  }

  private static String link(String base, int page, int size) {
    return UriComponentsBuilder.fromUriString(base)
        .replaceQueryParam("page", page)
        .replaceQueryParam("size", size)
        .build()
        .toUriString();
  }

  private static String currentRequest() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs)) {
      return "";
    }
    HttpServletRequest request = attrs.getRequest();
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null || query.isEmpty() ? "" : "?" + query);
  }
}
