/** Statistics per year and field, and Excel/CSV exports for the periodic report. */
package vn.dienbien.modelregistry.reporting;
