package vn.dienbien.report.obligation;

/** What a unit reports: progress, status, results and products, difficulties, proposals. */
public record ReportContent(
    int progressPercent,
    WorkStatus status,
    String results,
    String difficulties,
    String proposals) {}
