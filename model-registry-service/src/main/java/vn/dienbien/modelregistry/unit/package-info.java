/** Replica of directive-service's units directory, fed by unit-changed events. */
package vn.dienbien.modelregistry.unit;
