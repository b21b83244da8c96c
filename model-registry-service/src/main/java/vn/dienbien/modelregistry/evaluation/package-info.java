/** Survey and evaluation of registrations against configurable criteria. */
package vn.dienbien.modelregistry.evaluation;
