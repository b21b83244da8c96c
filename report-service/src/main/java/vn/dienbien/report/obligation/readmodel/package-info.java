/**
 * The obligations' read model: slim rows of every obligation in memory, kept fresh by this
 * instance's writes and by the {@code obligation-state} topic, for the progress board and the
 * obligation lists.
 */
package vn.dienbien.report.obligation.readmodel;
