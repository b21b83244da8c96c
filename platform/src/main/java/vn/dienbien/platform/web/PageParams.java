package vn.dienbien.platform.web;

import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Paging of a list endpoint (contract C1), on its {@link PageQuery} parameter: which properties
 * {@code sort} may name, the default order, and the size bounds. Without it: size 1–500 (default
 * 50) and a fixed order ({@code sort} refused).
 */
@Documented
@Target(PARAMETER)
@Retention(RUNTIME)
public @interface PageParams {

  /** Properties {@code sort=property,asc|desc} may name; empty = the list has a fixed order. */
  String[] sort() default {};

  /** Order when the request names none, e.g. {@code "dueDate,asc"}; empty = the list's own. */
  String defaultSort() default "";

  int defaultSize() default PageQuery.DEFAULT_SIZE;

  int maxSize() default PageQuery.MAX_SIZE;
}
