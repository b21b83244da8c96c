package vn.dienbien.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a value of a Java type must look like, in Vietnamese, and its allowed values when the type
 * is an enum: the {@code expected} and {@code allowed} parts of a problem's errors (contract C2).
 */
public final class InputFormats {

  /** The expected format and, for enums, the allowed values (null otherwise). */
  public record Format(String expected, List<String> allowed) {}

  public static final String DATE = "ngày dạng yyyy-MM-dd, ví dụ 2026-03-31";
  public static final String INSTANT =
      "thời điểm ISO-8601 có múi giờ, ví dụ 2026-03-31T08:00:00+07:00";

  private InputFormats() {}

  public static Format of(Class<?> type) {
    if (type == null) {
      return new Format(null, null);
    }
    if (type.isEnum()) {
      return new Format("một trong các giá trị cho phép", enumValues(type));
    }
    return new Format(expected(type), null);
  }

  static List<String> enumValues(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
  }

  private static String expected(Class<?> type) {
    if (type == String.class || type == Character.class || type == char.class) {
      return "chuỗi ký tự (trong dấu ngoặc kép)";
    }
    if (type == int.class
        || type == Integer.class
        || type == long.class
        || type == Long.class
        || type == short.class
        || type == Short.class
        || type == java.math.BigInteger.class) {
      return "số nguyên";
    }
    if (type == double.class
        || type == Double.class
        || type == float.class
        || type == Float.class
        || type == java.math.BigDecimal.class) {
      return "số";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true hoặc false";
    }
    return temporal(type);
  }

  private static String temporal(Class<?> type) {
    if (type == LocalDate.class) {
      return DATE;
    }
    if (type == OffsetDateTime.class || type == ZonedDateTime.class || type == Instant.class) {
      return INSTANT;
    }
    if (type == LocalDateTime.class) {
      return "ngày giờ dạng yyyy-MM-ddTHH:mm:ss, ví dụ 2026-03-31T08:00:00";
    }
    if (type == LocalTime.class) {
      return "giờ dạng HH:mm, ví dụ 07:30";
    }
    if (type == YearMonth.class) {
      return "tháng dạng yyyy-MM, ví dụ 2026-03";
    }
    if (type == Year.class) {
      return "năm dạng yyyy, ví dụ 2026";
    }
    if (type == UUID.class) {
      return "UUID, ví dụ 3f2a9c01-b7d4-4e8a-9c1f-0a1b2c3d4e5f";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "mảng JSON";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.isPrimitive()) {
      return "đối tượng JSON";
    }
    return null;
  }
}
