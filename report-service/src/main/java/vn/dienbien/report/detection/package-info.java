/**
 * Due-soon and overdue detection: a time-bucketed schedule of checkpoints, swept by one instance at
 * a time, emitting each reminder (obligation, step) exactly once.
 */
package vn.dienbien.report.detection;
