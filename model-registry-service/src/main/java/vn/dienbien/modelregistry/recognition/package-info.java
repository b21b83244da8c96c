/**
 * Recognition decisions, "not recognised", yearly re-evaluation and its reminders, and the rule of
 * who decides at which level ({@link vn.dienbien.modelregistry.recognition.Jurisdiction}), which
 * evaluations and commendations are decided under too.
 */
package vn.dienbien.modelregistry.recognition;
