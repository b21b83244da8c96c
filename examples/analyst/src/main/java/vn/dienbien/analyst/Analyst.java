package vn.dienbien.analyst;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints on-time rates per directive and per unit from the current-state topics, as an analyst
 * would compute them without asking any service: {@code obligation-state} gives every obligation's
 * latest state, {@code assignment-state} the names of units and directives.
 *
 * <pre>
 * --bootstrap-servers=127.0.0.1:9092   the Kafka cluster (./run-local.sh: 127.0.0.1:9092)
 * --from=2026-01-01 --to=2026-12-31    the period of the per-unit rates (default: this year)
 * </pre>
 */
public final class Analyst {

  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final PrintStream out;
  private final Names names;

  Analyst(PrintStream out, Names names) {
    this.out = out;
    this.names = names;
  }

  public static void main(String[] args) {
    Map<String, String> options = options(args);
    String servers = options.getOrDefault("bootstrap-servers", "127.0.0.1:9092");
    Instant now = Instant.now();
    LocalDate today = LocalDate.ofInstant(now, ZONE);
    LocalDate from =
        LocalDate.parse(options.getOrDefault("from", today.withDayOfYear(1).toString()));
    LocalDate to =
        LocalDate.parse(
            options.getOrDefault("to", today.withMonth(12).withDayOfMonth(31).toString()));
    List<ObligationView> obligations =
        LatestByKey.read(servers, "obligation-state", TIMEOUT).values().stream()
            .map(ObligationView::of)
            .toList();
    Names names = Names.of(LatestByKey.read(servers, "assignment-state", TIMEOUT).values());
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    new Analyst(out, names).print(obligations, now, from, to);
  }

  void print(List<ObligationView> obligations, Instant now, LocalDate from, LocalDate to) {
    out.printf(
        "Tỷ lệ báo cáo đúng hạn tính đến %s (%d nghĩa vụ báo cáo)%n",
        DAY.format(LocalDate.ofInstant(now, ZONE)), obligations.size());
    out.println();
    out.println("Theo chỉ thị (các kỳ báo cáo đã bắt đầu):");
    for (String directiveId : OnTimeRates.directives(obligations)) {
      OnTimeRates rates = OnTimeRates.directive(obligations, directiveId, now, ZONE);
      out.printf("  %s: %s%n", names.directive(directiveId, obligations), line(rates.total()));
      rates
          .byUnit()
          .forEach((unit, tally) -> out.printf("    %s: %s%n", names.unit(unit), line(tally)));
    }
    out.println();
    out.printf("Theo đơn vị (hạn nộp từ %s đến %s):%n", DAY.format(from), DAY.format(to));
    OnTimeRates period = OnTimeRates.period(obligations, from, to, now);
    period
        .byUnit()
        .forEach((unit, tally) -> out.printf("  %s: %s%n", names.unit(unit), line(tally)));
    out.printf("  Tổng cộng: %s%n", line(period.total()));
  }

  /** "83,3% đúng hạn (5/6 đến hạn; 1 quá hạn, 0 nộp trễ)" or "chưa có báo cáo đến hạn". */
  static String line(Tally t) {
    if (t.onTimeRate() == null) {
      return "chưa có báo cáo đến hạn";
    }
    return String.format(
        Locale.forLanguageTag("vi-VN"),
        "%.1f%% đúng hạn (%d/%d đến hạn; %d quá hạn, %d nộp trễ)",
        t.onTimeRate(),
        t.counts().get(Status.DONE_ON_TIME),
        t.owed(),
        t.counts().get(Status.OVERDUE),
        t.counts().get(Status.DONE_LATE));
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        throw new IllegalArgumentException("Expected --name=value, got " + arg);
      }
      options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    return options;
  }

  /** Unit and directive names from {@code assignment-state}; codes when a name is unknown. */
  record Names(Map<String, String> units, Map<String, String> directives) {

    static Names of(Iterable<JsonNode> assignments) {
      Map<String, String> units = new HashMap<>();
      Map<String, String> directives = new HashMap<>();
      for (JsonNode envelope : assignments) {
        JsonNode d = envelope.path("data");
        units.put(d.path("unitId").asText(), d.path("unitName").asText());
        directives.put(
            d.path("directiveId").asText(),
            d.path("directiveNumber").asText() + " " + d.path("directiveTitle").asText());
      }
      return new Names(units, directives);
    }

    String unit(String unitId) {
      String name = units.get(unitId);
      return name == null || name.isBlank() ? unitId : unitId + " " + name;
    }

    String directive(String directiveId, List<ObligationView> obligations) {
      return directives.getOrDefault(
          directiveId,
          obligations.stream()
              .filter(o -> o.directiveId().equals(directiveId))
              .map(ObligationView::directiveNumber)
              .findFirst()
              .orElse(directiveId));
    }
  }
}
