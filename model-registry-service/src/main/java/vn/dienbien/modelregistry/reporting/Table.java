package vn.dienbien.modelregistry.reporting;

import java.util.List;

/** A table to export: Vietnamese column headers and rows of cell values (String or Number). */
public record Table(String title, List<String> headers, List<List<Object>> rows) {}
