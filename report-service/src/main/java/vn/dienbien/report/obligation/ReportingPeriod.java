package vn.dienbien.report.obligation;

import java.time.LocalDate;

/**
 * One period a unit reports on: its key (part of the obligation id), the Vietnamese label people
 * read, the data window ({@code start}..{@code cutOff}), the day from which its report is accepted
 * ({@code windowOpensOn}) and the date the report is due.
 */
public record ReportingPeriod(
    String key,
    String label,
    LocalDate start,
    LocalDate cutOff,
    LocalDate windowOpensOn,
    LocalDate dueDate) {}
