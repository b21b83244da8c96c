package vn.dienbien.directive.directive;

/** A section of the directive's body text, e.g. the preamble or "Tổ chức thực hiện". */
public record Section(String heading, String body) {}
