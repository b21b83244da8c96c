/** Progress per directive, task and unit, the periodic summary (tổng hợp), and their exports. */
package vn.dienbien.report.progress;
