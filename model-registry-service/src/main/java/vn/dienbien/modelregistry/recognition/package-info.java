/** Recognition decisions, "not recognised", yearly re-evaluation and its reminders. */
package vn.dienbien.modelregistry.recognition;
