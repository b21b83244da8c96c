/**
 * The rules a request breaks, as domain exceptions without HTTP: every feature throws them and the
 * {@code web} adapter answers them as problem details. Below every feature; depends on none.
 */
package vn.dienbien.modelregistry.violation;
