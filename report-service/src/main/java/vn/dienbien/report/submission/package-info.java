/**
 * Report submission by the assigned unit (with evidence files) and review by the monitoring body.
 */
package vn.dienbien.report.submission;
