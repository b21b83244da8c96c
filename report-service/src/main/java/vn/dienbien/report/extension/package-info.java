/**
 * Extensions of one reporting period of an ongoing or yearly task: the unit's officer asks, the
 * monitoring body decides; the obligation decides what changes ({@code
 * Obligation.requestExtension}, {@code decideExtension}). Fixed-date tasks are extended per
 * assignment in directive-service.
 */
package vn.dienbien.report.extension;
