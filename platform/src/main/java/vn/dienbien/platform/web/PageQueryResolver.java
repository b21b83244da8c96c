package vn.dienbien.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@code page}, {@code size} and {@code sort} into a {@link PageQuery}, refusing anything out
 * of range with a 400 that names the parameter, its format and its allowed range or values.
 */
class PageQueryResolver implements HandlerMethodArgumentResolver {

  static final List<String> DIRECTIONS = List.of("asc", "desc");

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == PageQuery.class;
  }

  @Override
  public PageQuery resolveArgument(
      MethodParameter parameter,
      ModelAndViewContainer mav,
      NativeWebRequest request,
      WebDataBinderFactory binders) {
    PageParams params = parameter.getParameterAnnotation(PageParams.class);
    int maxSize = params == null ? PageQuery.MAX_SIZE : params.maxSize();
    int defaultSize = params == null ? PageQuery.DEFAULT_SIZE : params.defaultSize();
    List<String> allowed = params == null ? List.of() : Arrays.asList(params.sort());
    int page = number(request.getParameter("page"), "page", 0, 0, PageQuery.MAX_PAGE);
    int size = number(request.getParameter("size"), "size", defaultSize, 1, maxSize);
    String[] sorts = request.getParameterValues("sort");
    if ((sorts == null || sorts.length == 0) && params != null && !params.defaultSort().isEmpty()) {
      sorts = new String[] {params.defaultSort()};
    }
    return new PageQuery(page, size, orders(sorts, allowed));
  }

  static int number(String raw, String name, int fallback, int min, int max) {
    if (raw == null || raw.isEmpty()) {
      return fallback;
    }
    String expected = "số nguyên từ " + min + " đến " + max;
    try {
      int value = Integer.parseInt(raw.trim());
      if (value < min || value > max) {
        throw ApiProblem.invalidField(name, "phải từ " + min + " đến " + max, expected, null);
      }
      return value;
    } catch (NumberFormatException e) {
      throw ApiProblem.invalidField(name, "không phải số nguyên", expected, null);
    }
  }

  static List<PageQuery.Order> orders(String[] sorts, List<String> allowed) {
    List<PageQuery.Order> orders = new ArrayList<>();
    if (sorts == null) {
      return orders;
    }
    String expected =
        "thuộc tính[,asc|desc], ví dụ " + (allowed.isEmpty() ? "" : allowed.get(0) + ",asc");
    for (String sort : sorts) {
      if (sort == null || sort.isBlank()) {
        continue;
      }
      if (allowed.isEmpty()) {
        throw ApiProblem.invalidField(
            "sort", "danh sách này có thứ tự cố định, không sắp xếp theo yêu cầu", null, List.of());
      }
      String[] parts = sort.split(",", -1);
      String property = parts[0].trim();
      if (!allowed.contains(property) || parts.length > 2) {
        throw ApiProblem.invalidField(
            "sort", "không sắp xếp được theo thuộc tính này", expected, allowed);
      }
      String direction = parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
      if (!DIRECTIONS.contains(direction)) {
        throw ApiProblem.invalidField(
            "sort", "chiều sắp xếp phải là asc hoặc desc", expected, DIRECTIONS);
      }
      orders.add(new PageQuery.Order(property, direction.equals("asc")));
    }
    return orders;
  }
}
