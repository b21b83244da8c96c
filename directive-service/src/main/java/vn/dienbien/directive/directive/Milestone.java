package vn.dienbien.directive.directive;

import java.time.LocalDate;

/**
 * A dated product of an ongoing or annual task (sơ kết, tổng kết), owed once by {@code dueDate};
 * reports are accepted from {@code windowOpensOn}.
 */
public record Milestone(
    String key, String label, LocalDate dueDate, LocalDate windowOpensOn, DateSource dateSource) {}
