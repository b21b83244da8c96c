/**
 * Time-keyed work, written once: {@link vn.dienbien.platform.due.DueIndex} (add, what is due,
 * remove) and {@link vn.dienbien.platform.due.LeaseClaims} (take a document for a while). Both use
 * point operations only ({@code _id} and unique keys), which the embedded store serves from an
 * index as MongoDB does.
 */
package vn.dienbien.platform.due;
