/** The five-year commendation calendar, its candidate lists and commendation decisions. */
package vn.dienbien.modelregistry.commendation;
