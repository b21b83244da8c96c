package vn.dienbien.notification.digest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dienbien.notification.contact.Contact;
import vn.dienbien.notification.contact.ContactRole;
import vn.dienbien.notification.delivery.Delivery;
import vn.dienbien.notification.delivery.DigestLine;
import vn.dienbien.notification.delivery.DigestLine.Section;

/**
 * The variables of one digest: per directive, its sections (newly overdue, still overdue, awaiting
 * review, due soon, new tasks) with one line per report or task, and a link to the portal's page
 * for it; then the other notices as subject and summary. Days late or left are counted to the
 * digest's day; an obligation the held emails name twice in a section (a catch-up over several
 * days) is listed once, as its latest email has it.
 */
@Component
class DigestContent {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String BOARD = "/bang-theo-doi";

  private final String portal;

  DigestContent(DigestProperties properties) {
    this.portal = properties.portalUrl();
  }

  Map<String, Object> of(Contact contact, LocalDate day, List<Delivery> held) {
    boolean monitor = contact.hasRole(ContactRole.MONITORING_OFFICER);
    Map<String, Map<Section, List<Map<String, Object>>>> directives = new TreeMap<>();
    Map<String, String> directiveIds = new HashMap<>();
    List<Map<String, Object>> others = new ArrayList<>();
    List<Delivery> items = latestPerReport(held);
    for (Delivery delivery : items) {
      DigestLine line = delivery.digestLine();
      if (line == null || line.section() == Section.OTHER) {
        others.add(
            Map.of(
                "subject",
                delivery.content().subject(),
                "summary",
                summary(delivery.content().text())));
        continue;
      }
      directiveIds.putIfAbsent(line.directiveNumber(), line.directiveId());
      directives
          .computeIfAbsent(line.directiveNumber(), n -> new TreeMap<>())
          .computeIfAbsent(line.section(), s -> new ArrayList<>())
          .add(line(delivery, line, day, monitor));
    }
    List<Map<String, Object>> listed = new ArrayList<>();
    directives.forEach((number, sections) ->
        listed.add(directive(number, directiveIds.get(number), sections, contact, monitor)));
    return variables(contact, day, listed, others, items.size());
  }

  private Map<String, Object> variables(
      Contact contact,
      LocalDate day,
      List<Map<String, Object>> directives,
      List<Map<String, Object>> others,
      int count) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("recipientName", contact.fullName());
    variables.put("recipientTitle", contact.title());
    variables.put("dayLabel", DAY.format(day));
    variables.put("directives", directives);
    variables.put("others", others);
    variables.put("count", count);
    variables.put("portalUrl", portal);
    return variables;
  }

  /** One line per (report, section); an overdue report once, however many steps were held. */
  private static List<Delivery> latestPerReport(List<Delivery> held) {
    Map<String, Delivery> latest = new LinkedHashMap<>();
    held.stream()
        .sorted(Comparator.comparing(Delivery::createdAt))
        .forEach(d -> latest.put(reportKey(d), d));
    return List.copyOf(latest.values());
  }

  private static String reportKey(Delivery delivery) {
    DigestLine line = delivery.digestLine();
    if (line == null
        || delivery.source().obligationId() == null
        || line.section() == Section.OTHER) {
      return delivery.id();
    }
    boolean overdue =
        line.section() == Section.NEWLY_OVERDUE || line.section() == Section.STILL_OVERDUE;
    return delivery.source().obligationId() + "|" + (overdue ? "OVERDUE" : line.section().name());
  }

  private Map<String, Object> line(
      Delivery delivery, DigestLine line, LocalDate day, boolean monitor) {
    Map<String, Object> out = new HashMap<>();
    out.put("unitName", line.unitName());
    out.put("taskCode", line.taskCode());
    out.put("taskContent", line.taskContent());
    out.put("taskDue", line.taskDue());
    out.put("reportName", line.reportName());
    out.put("submittedOn", line.submittedOn());
    out.put("lateDays", Objects.requireNonNullElse(line.lateDays(), 0));
    // Every key is present (a template reading a missing map key fails), null when not known.
    Long left = line.dueOn() == null ? null : ChronoUnit.DAYS.between(day, line.dueOn());
    out.put("dueDate", line.dueOn() == null ? null : DAY.format(line.dueOn()));
    out.put("daysLeft", left == null ? null : Math.max(left, 0));
    out.put("daysLate", left == null ? null : Math.max(-left, 0));
    boolean reviewable =
        line.section() == Section.AWAITING_REVIEW
            && monitor
            && delivery.source().obligationId() != null;
    out.put(
        "link",
        reviewable
            ? url("/tham-dinh/" + delivery.source().obligationId()).build().encode().toUriString()
            : null);
    return out;
  }

  private Map<String, Object> directive(
      String number,
      String directiveId,
      Map<Section, List<Map<String, Object>>> sections,
      Contact contact,
      boolean monitor) {
    List<Map<String, Object>> listed = new ArrayList<>();
    sections.forEach((section, lines) -> {
      lines.sort(
          Comparator.comparing((Map<String, Object> l) -> String.valueOf(l.get("unitName")))
              .thenComparing(l -> String.valueOf(l.get("taskCode")))
              .thenComparing(l -> String.valueOf(l.get("reportName"))));
      listed.add(
          Map.of("name", section.name(), "count", lines.size(), "lines", List.copyOf(lines)));
    });
    var board = url(BOARD);
    if (directiveId != null) {
      board.queryParam("chiThi", directiveId);
    }
    if (!monitor && contact.unitId() != null) {
      board.queryParam("donVi", contact.unitId());
    }
    return Map.of(
        "number", number, "link", board.build().encode().toUriString(), "sections", listed);
  }

  private UriComponentsBuilder url(String path) {
    return UriComponentsBuilder.fromUriString(portal).path(path);
  }

  /** The body of an item without its salutation and signature, which the digest has once. */
  static String summary(String text) {
    String body = text == null ? "" : text;
    int signature = body.indexOf("\n--");
    body = signature >= 0 ? body.substring(0, signature) : body;
    if (body.startsWith("Kính gửi") && body.indexOf('\n') > 0) {
      body = body.substring(body.indexOf('\n') + 1);
    }
    return body.strip();
  }
}
