package vn.dienbien.portal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.springframework.stereotype.Component;

/**
 * Dates as people here write them: dd/MM/yyyy, times in Asia/Ho_Chi_Minh. Used in templates as
 * {@code ${@fmt.date(x)}}.
 */
@Component("fmt")
public class Formats {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  public String date(TemporalAccessor value) {
    return switch (value) {
      case null -> "";
      case LocalDate d -> DAY.format(d);
      case OffsetDateTime t -> DAY.format(t.atZoneSameInstant(ZONE));
      case Instant i -> DAY.format(i.atZone(ZONE));
      default -> DAY.format(value);
    };
  }

  public String dateTime(TemporalAccessor value) {
    return switch (value) {
      case null -> "";
      case OffsetDateTime t -> TIME.format(t.atZoneSameInstant(ZONE));
      case Instant i -> TIME.format(i.atZone(ZONE));
      case LocalDate d -> DAY.format(d);
      default -> TIME.format(value);
    };
  }

  /** ISO date for {@code <input type=date>} values. */
  public String iso(LocalDate value) {
    return value == null ? "" : value.toString();
  }

  /** "còn 5 ngày", "đến hạn hôm nay", "quá hạn 12 ngày". */
  public String daysLeft(long days) {
    if (days > 0) {
      return "còn " + days + " ngày";
    }
    return days == 0 ? "đến hạn hôm nay" : "quá hạn " + (-days) + " ngày";
  }

  /** 1234567 → "1.234.567" (Vietnamese thousands separator). */
  public String number(long value) {
    return String.format("%,d", value).replace(',', '.');
  }

  /** 87.5 → "87,5%"; null → "—". */
  public String percent(Double value) {
    return value == null
        ? "—"
        : (value % 1 == 0
                ? String.valueOf(value.longValue())
                : String.valueOf(value).replace('.', ','))
            + "%";
  }

  /** At most {@code max} characters, cut between words (never inside one) and marked with "…". */
  public String shorten(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int cut = text.lastIndexOf(' ', max - 1);
    return text.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing() + "…";
  }

  public String bytes(long size) {
    if (size < 1024) {
      return size + " B";
    }
    if (size < 1024 * 1024) {
      return Math.round(size / 1024.0) + " KB";
    }
    return String.valueOf(Math.round(size / 104857.6) / 10.0).replace('.', ',') + " MB";
  }
}
