/**
 * Reporting obligations: what each assigned unit owes, for which period, by when, and the history
 * of the reports it submitted against it. Fed by directive-service's assignment events.
 */
package vn.dienbien.report.obligation;
