package vn.dienbien.directive.directive;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as officials read them: dd/MM/yyyy. */
public final class Dates {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Dates() {}

  public static String shown(LocalDate date) {
    return date == null ? "" : SHOWN.format(date);
  }
}
