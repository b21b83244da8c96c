package vn.dienbien.report.progress;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as people read them: dd/MM/yyyy. */
final class Formats {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Formats() {}

  static String date(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }
}
