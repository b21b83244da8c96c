package vn.dienbien.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.dienbien.contracts.directive.TaskAssigned;
import vn.dienbien.report.obligation.Obligation;
import vn.dienbien.testsupport.IntegrationTestBase;
import vn.dienbien.testsupport.KafkaEvents;
import vn.dienbien.testsupport.Waits;
import vn.dienbien.testsupport.time.TestClock;

/**
 * The Standing Board's exports (issue 13, item 5): one unit reported late at 60%, another has not
 * reported ten days after the due date. The spreadsheet is opened with POI and its cells checked
 * against those facts; the Word summary is opened with POI and its tables checked against the
 * progress the API computes at the same moment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportsIntegrationTests extends IntegrationTestBase {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final String REPORTING_NAME = "Xã Mường Nhé";
  static final String SILENT_NAME = "Đảng ủy các cơ quan Đảng tỉnh Điện Biên";

  @Value("${spring.embedded.kafka.brokers}")
  String brokers;

  @LocalServerPort int port;
  @Autowired MongoTemplate mongo;
  @Autowired TestClock clock;
  final ObjectMapper json = new ObjectMapper();
  Api api;
  String directiveId;
  String reportingUnit;
  String silentUnit;
  LocalDate due;

  @BeforeEach
  void twoUnitsOneLateReportOneOverdue() {
    api = new Api(port);
    KafkaEvents kafka = new KafkaEvents(brokers, clock);
    directiveId = "d-exp-" + UUID.randomUUID();
    reportingUnit = "XA-" + UUID.randomUUID();
    silentUnit = "DU-" + UUID.randomUUID();
    due = clock.today().minusDays(10);
    String reporting = "a-" + UUID.randomUUID();
    kafka.publish(assigned(reporting, reportingUnit, REPORTING_NAME));
    String silent = "a-" + UUID.randomUUID();
    kafka.publish(assigned(silent, silentUnit, SILENT_NAME));
    for (String a : List.of(reporting, silent)) {
      String id = Obligation.idOf(a, "FIXED");
      Waits.background().until(() -> mongo.findById(id, Obligation.class) != null);
    }
    var submitted =
        api.postJson(
            "/api/v1/reports",
            Map.of("X-Unit-Id", reportingUnit),
            Map.of(
                "obligationId", Obligation.idOf(reporting, "FIXED"),
                "progressPercent", 60,
                "status", "IN_PROGRESS",
                "results", "Đã ban hành Kế hoạch số 15-KH/ĐU",
                "difficulties", "Địa bàn rộng, giao thông khó khăn",
                "proposals", "Đề nghị hỗ trợ kinh phí tập huấn"));
    assertThat(submitted.getStatusCode().value()).isEqualTo(201);
  }

  private TaskAssigned assigned(String assignmentId, String unitId, String unitName) {
    TaskAssigned t = Fixtures.fixedDate(assignmentId, unitId, unitName, due);
    return new TaskAssigned(
        t.assignmentId(),
        directiveId,
        t.directiveNumber(),
        t.directiveTitle(),
        t.taskId(),
        t.taskCode(),
        t.taskContent(),
        t.expectedOutput(),
        t.unitId(),
        t.unitName(),
        t.role(),
        t.deadlineKind(),
        t.dueDate(),
        t.cadence(),
        t.periodStart(),
        t.periodEnd(),
        t.monitoringUnitId(),
        t.assignedAt(),
        t.actorId());
  }

  @Test
  void spreadsheetHasTypedCellsFullNamesAndPrintsOnA4LandscapeAcrossOnePageWide() throws Exception {
    long daysLate = daysLate();
    var response = api.getBytes("/api/v1/exports/progress/" + directiveId + "?format=XLSX");
    assertThat(response.getStatusCode().value()).isEqualTo(200);

    try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
      Sheet detail = book.getSheet("Chi tiết");
      assertThat(detail.getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Tiến độ thực hiện Chỉ thị 11-CT/TU");
      assertThat(detail.getRow(1).getCell(0).getStringCellValue())
          .startsWith("11-CT/TU: Chỉ thị về tiếp tục đẩy mạnh");
      assertThat(detail.getRow(2).getCell(0).getStringCellValue())
          .isEqualTo("Số liệu tính đến ngày " + DAY.format(clock.today()));
      int headerRow = 3;
      List<String> headers = texts(detail.getRow(headerRow));
      assertHeaderBoldAndFrozen(book, detail, headerRow);
      assertPrintsA4LandscapeFitToWidth(detail);

      Row silent = rowOf(detail, headers.indexOf("Đơn vị"), SILENT_NAME);
      assertThat(cell(silent, headers, "Nội dung nhiệm vụ").getStringCellValue())
          .isEqualTo("Quán triệt, triển khai Chỉ thị; xây dựng chương trình, kế hoạch cụ thể hóa");
      assertThat(cell(silent, headers, "Trạng thái").getStringCellValue()).isEqualTo("Quá hạn");
      Cell late = cell(silent, headers, "Số ngày quá hạn");
      assertThat(late.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(late.getNumericCellValue()).isEqualTo(daysLate);
      Cell dueCell = cell(silent, headers, "Hạn nộp");
      assertThat(dueCell.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(dueCell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(due);
      assertThat(dueCell.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");

      Row reporting = rowOf(detail, headers.indexOf("Đơn vị"), REPORTING_NAME);
      Cell progress = cell(reporting, headers, "Tiến độ (%)");
      assertThat(progress.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(progress.getNumericCellValue()).isEqualTo(0.6);
      assertThat(progress.getCellStyle().getDataFormatString()).endsWith("0.0%");
      assertThat(cell(reporting, headers, "Kết quả").getStringCellValue())
          .isEqualTo("Đã ban hành Kế hoạch số 15-KH/ĐU");
      assertThat(cell(reporting, headers, "Khó khăn, vướng mắc").getStringCellValue())
          .isEqualTo("Địa bàn rộng, giao thông khó khăn");
      assertThat(cell(reporting, headers, "Kiến nghị").getStringCellValue())
          .isEqualTo("Đề nghị hỗ trợ kinh phí tập huấn");
      assertThat(cell(reporting, headers, "Ngày nộp").getCellType()).isEqualTo(CellType.NUMERIC);

      Sheet summary = book.getSheet("Tổng hợp theo đơn vị");
      List<String> summaryHeaders = texts(summary.getRow(headerRow));
      Row unit = rowOf(summary, 0, SILENT_NAME);
      assertThat(cell(unit, summaryHeaders, "Quá hạn").getNumericCellValue()).isEqualTo(1);
      Cell rate = cell(rowOf(summary, 0, REPORTING_NAME), summaryHeaders, "Tỷ lệ đúng hạn (%)");
      assertThat(rate.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(rate.getNumericCellValue()).isZero();
      Row all = rowOf(summary, 0, "Toàn bộ");
      assertThat(cell(all, summaryHeaders, "Tổng số").getNumericCellValue()).isEqualTo(2);
      assertHeaderBoldAndFrozen(book, summary, headerRow);
      assertPrintsA4LandscapeFitToWidth(summary);
    }
  }

  @Test
  void boardPagesTheKeptRowsMostLateFirstWithTheCountsItsChartsAndUnitPickerShow()
      throws Exception {
    String board = "/api/v1/progress/board?directiveId=" + directiveId;
    JsonNode overdue = json.readTree(api.get(board + "&status=OVERDUE&size=1").getBody());
    assertThat(overdue.get("total").get("total").asInt()).isEqualTo(2);
    assertThat(overdue.get("total").get("counts").get("OVERDUE").asInt()).isEqualTo(1);
    assertThat(overdue.get("total").get("counts").get("DONE_LATE").asInt()).isEqualTo(1);
    assertThat(overdue.get("rows").get("totalItems").asInt()).isEqualTo(1);
    JsonNode late = overdue.get("rows").get("items").get(0);
    assertThat(late.get("unitName").asString()).isEqualTo(SILENT_NAME);
    assertThat(late.get("daysOverdue").asLong()).isEqualTo(daysLate());
    assertThat(overdue.get("byDirective").get("11-CT/TU").asInt()).isEqualTo(1);
    assertThat(overdue.get("topUnits").get(0).get("unitName").asString()).isEqualTo(SILENT_NAME);
    assertThat(overdue.get("topUnits").get(0).get("count").asInt()).isEqualTo(1);
    assertThat(overdue.get("units").findValuesAsString("unitName"))
        .containsExactly(SILENT_NAME, REPORTING_NAME);

    JsonNode all = json.readTree(api.get(board + "&size=1").getBody()).get("rows");
    assertThat(all.get("totalItems").asInt()).isEqualTo(2);
    assertThat(all.get("totalPages").asInt()).isEqualTo(2);
    assertThat(all.get("items").get(0).get("unitName").asString()).isEqualTo(SILENT_NAME);
    assertThat(all.get("links").hasNonNull("next")).isTrue();

    JsonNode oneUnit =
        json.readTree(api.get(board + "&unitId=" + reportingUnit).getBody()).get("rows");
    assertThat(oneUnit.get("totalItems").asInt()).isEqualTo(1);
    assertThat(oneUnit.get("items").get(0).get("status").asString()).isEqualTo("DONE_LATE");
  }

  @Test
  void boardWithoutADirectiveNeedsTheDueDateRangeAndKnowsOnlyItsStatuses() {
    Api.assertProblem(api.get("/api/v1/progress/board?status=OVERDUE"), 400, "from");
    Api.assertProblem(
        api.get("/api/v1/progress/board?directiveId=" + directiveId + "&status=LATE"),
        400,
        "status");
  }

  @Test
  void formatIsCaseInsensitiveAndAnythingElseIsAProblemNamingTheAllowedValues() throws Exception {
    var csv = api.get("/api/v1/exports/progress/" + directiveId + "?format=Csv");
    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody()).contains("\"" + SILENT_NAME + "\"").contains("\"60\"");

    var refused = api.get("/api/v1/exports/progress/" + directiveId + "?format=pdf");
    Api.assertProblem(refused, 400, "format");
    JsonNode error = json.readTree(refused.getBody()).get("errors").get(0);
    assertThat(error.get("allowed").toString()).isEqualTo("[\"xlsx\",\"csv\"]");
    assertThat(error.get("message").asString()).contains("xlsx hoặc csv");
  }

  @Test
  void boardReportIsAPartyDocumentWhoseTablesAreTheProgressOfThePeriod() throws Exception {
    LocalDate from = clock.today().minusDays(30);
    LocalDate to = clock.today();
    String period = "from=" + from + "&to=" + to;
    JsonNode progress = json.readTree(api.get("/api/v1/progress/summary?" + period).getBody());
    var response = api.getBytes("/api/v1/exports/summary/board-report?" + period);
    assertThat(response.getStatusCode().value()).isEqualTo(200);

    try (var doc = new XWPFDocument(new ByteArrayInputStream(response.getBody()));
        var extractor = new XWPFWordExtractor(doc)) {
      String text = extractor.getText();
      assertThat(text)
          .contains("ĐẢNG BỘ TỈNH ĐIỆN BIÊN", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "-BC/BTGDVTU")
          .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
          .contains(
              "Điện Biên, ngày %02d tháng %02d năm %d"
                  .formatted(
                      clock.today().getDayOfMonth(),
                      clock.today().getMonthValue(),
                      clock.today().getYear()))
          .contains("BÁO CÁO")
          .contains("từ ngày " + DAY.format(from) + " đến ngày " + DAY.format(to))
          .contains("Nơi nhận:", "TRƯỞNG BAN");
      List<List<String>> rows = tableRows(doc);
      JsonNode total = progress.get("total");
      assertThat(rowNamed(rows, "Toàn bộ").get(1)).isEqualTo(count(total.get("total").asInt()));
      assertThat(rowNamed(rows, "Toàn bộ").get(4))
          .isEqualTo(count(total.get("counts").get("OVERDUE").asInt()));
      assertThat(rowNamed(rows, "11-CT/TU")).isNotNull();
      assertThat(rowNamed(rows, SILENT_NAME))
          .containsExactly(SILENT_NAME, "1", "0", "0", "1", "0", "0", "0%");
      assertThat(rowNamed(rows, REPORTING_NAME))
          .containsExactly(REPORTING_NAME, "1", "0", "0", "0", "0", "1", "0%");
      assertThat(rows)
          .contains(
              List.of(
                  "11-CT/TU",
                  "11.7a",
                  SILENT_NAME,
                  "Hạn " + DAY.format(due),
                  DAY.format(due),
                  String.valueOf(daysLate())));
    }
  }

  private long daysLate() {
    Obligation any =
        mongo.findAll(Obligation.class).stream()
            .filter(o -> silentUnit.equals(o.unitId()))
            .findFirst()
            .orElseThrow();
    return Duration.between(any.dueAt(), clock.instant()).toDays();
  }

  private static String count(int n) {
    return String.format(java.util.Locale.forLanguageTag("vi-VN"), "%,d", n);
  }

  private static void assertHeaderBoldAndFrozen(XSSFWorkbook book, Sheet sheet, int headerRow) {
    Cell first = sheet.getRow(headerRow).getCell(0);
    assertThat(book.getFontAt(first.getCellStyle().getFontIndex()).getBold()).isTrue();
    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    assertThat((int) sheet.getPaneInformation().getHorizontalSplitPosition())
        .isEqualTo(headerRow + 1);
    for (int c = 0; c < sheet.getRow(headerRow).getLastCellNum(); c++) {
      assertThat(sheet.getColumnWidth(c)).isGreaterThanOrEqualTo(9 * 256);
    }
  }

  private static void assertPrintsA4LandscapeFitToWidth(Sheet sheet) {
    PrintSetup print = sheet.getPrintSetup();
    assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
    assertThat(print.getLandscape()).isTrue();
    assertThat(sheet.getFitToPage()).isTrue();
    assertThat(print.getFitWidth()).isEqualTo((short) 1);
    assertThat(print.getFitHeight()).isZero();
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(c -> texts.add(c.getStringCellValue()));
    return texts;
  }

  private static Cell cell(Row row, List<String> headers, String header) {
    assertThat(headers).contains(header);
    return row.getCell(headers.indexOf(header));
  }

  private static Row rowOf(Sheet sheet, int column, String value) {
    for (Row row : sheet) {
      Cell cell = row.getCell(column);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && value.equals(cell.getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no row with " + value + " in " + sheet.getSheetName());
  }

  private static List<List<String>> tableRows(XWPFDocument doc) {
    List<List<String>> rows = new ArrayList<>();
    doc.getTables()
        .forEach(t -> {
          for (XWPFTableRow row : t.getRows()) {
            rows.add(row.getTableCells().stream().map(c -> c.getText()).toList());
          }
        });
    return rows;
  }

  private static List<String> rowNamed(List<List<String>> rows, String first) {
    return rows.stream().filter(r -> r.getFirst().equals(first)).findFirst().orElse(null);
  }
}
