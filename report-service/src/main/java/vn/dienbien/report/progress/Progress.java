package vn.dienbien.report.progress;

import java.util.List;
import java.util.Map;

/** Progress of a set of obligations: totals, by task, by unit, and who is late by how much. */
public record Progress(
    String title,
    Tally total,
    Map<String, Tally> byTask,
    Map<String, Tally> byUnit,
    List<ProgressRow> overdue,
    List<ProgressRow> rows) {}
