package vn.dienbien.report.obligation;

import java.time.LocalDate;

/**
 * A dated product of a task besides its periodic reports (sơ kết, tổng kết): owed once, by {@code
 * dueDate}, accepted from {@code windowOpensOn} (null: from the task's start); {@code key} is
 * unique within the task.
 */
public record Milestone(
    String key, String label, LocalDate dueDate, LocalDate windowOpensOn, DateSource dateSource) {}
