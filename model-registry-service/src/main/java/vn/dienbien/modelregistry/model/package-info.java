/**
 * The "Dân vận khéo" model/exemplar aggregate, its lifecycle rules (registration, evaluation,
 * recognition, re-evaluation, commendation) and its store. Other features drive it; it depends on
 * none of them.
 */
package vn.dienbien.modelregistry.model;
