package vn.dienbien.systemtests.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.dienbien.systemtests.ServiceProcess;

/**
 * Officials use the portal in a real Chromium against the real system (service jars as separate
 * JVMs, one Kafka broker, one store, the auth server): a commune officer on a phone reports with
 * evidence, the monitoring body returns it with a comment, the officer resubmits, the monitoring
 * body accepts; the Văn phòng drafts and issues a directive to a group and the board shows the new
 * obligations; a service down costs only its panel; an ended session comes back to the same page; a
 * double submit makes one report. Every page visited passes {@link Browser#checkPage()}.
 *
 * <p>With {@code -Dportal.url=… -Dauth.url=…} it runs against an already running stack instead (the
 * service-down scenario is then skipped).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {

  private static final String PASSWORD = "demo-2026";

  /** The report button of the most urgent obligation the unit still owes a report on. */
  private static final String OWED =
      "#qua-han a.btn, #sap-den-han a.btn, #bi-tra-lai a.btn, #dang-mo a.btn";

  /**
   * The system's business date: {@link ServiceProcess#businessDate()} for the system this test
   * starts; a kept stack runs on the real date.
   */
  private static final LocalDate TODAY =
      System.getProperty("portal.url") == null
          ? ServiceProcess.businessDate()
          : LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

  private static PortalSystem system;
  private static String portal;

  @BeforeAll
  static void start() throws Exception {
    portal = System.getProperty("portal.url");
    if (portal == null) {
      system = PortalSystem.start();
      portal = system.portal("");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (system != null) {
      system.close();
    }
  }

  /**
   * Fills the new-directive form: number, dates of the period, signer, and one fixed-date task for
   * the armed forces group, without its due date.
   */
  private static void fillDraft(Browser editor, int number, String title) {
    editor.type("#number", number + "-CT/TU");
    editor.script("document.getElementById('issuedOn').value = arguments[0];", TODAY.toString());
    editor.type("#title", title);
    editor.type("#periodStartYear", String.valueOf(TODAY.getYear()));
    editor.type("#periodEndYear", String.valueOf(TODAY.getYear() + 1));
    editor.type("#signer", "T/M Ban Thường vụ");
    editor.type("[id='tasks[0].code']", "1");
    editor.type("[id='tasks[0].content']", "Xây dựng kế hoạch thực hiện Chỉ thị tại đơn vị.");
    editor.script("document.getElementById('tasks[0].lead').value = 'g:LLVT-TINH';");
    editor.script("document.getElementById('tasks[0].kind').value = 'FIXED_DATE';");
  }

  /** The number in a badge such as "Đã chấp nhận: 3". */
  private static long count(String badge) {
    return Long.parseLong(badge.substring(badge.lastIndexOf(' ') + 1));
  }

  private static String portal(String path) {
    return portal + path;
  }

  /**
   * Runs first, while every service is up: the administrator's forms go through directive-service
   * and notification-service, and their refusals are shown beside the fields.
   */
  @Test
  @Order(-2)
  void anAdminAddsAndRenamesAUnitGroupsItAndFilesAnOfficialWithPreferences() throws Exception {
    String suffix = String.valueOf(1000 + new java.util.Random().nextInt(9000));
    String code = "XA-THU-NGHIEM-" + suffix;
    try (Browser admin = Browser.phone()) {
      admin.open(portal("/"));
      admin.signIn("admin", PASSWORD);
      admin.waitForUrl("/quan-tri");
      admin.click("#them-don-vi");
      admin.waitFor("#unit-form");
      admin.checkPage();
      admin.type("#code", "xa thu nghiem"); // not a code: the service says so beside the field
      admin.type("#name", "Xã Thử Nghiệm " + suffix);
      admin.script("document.getElementById('kind').value = 'COMMUNE';");
      admin.script("document.getElementById('level').value = 'COMMUNE';");
      admin.click("#luu-don-vi");
      admin.waitFor("#code-loi");
      admin.checkPage();
      admin.type("#code", code);
      admin.click("#luu-don-vi");
      admin.waitForText(".alert-success", "Đã thêm đơn vị Xã Thử Nghiệm " + suffix);
      assertThat(admin.url()).endsWith("/quan-tri/don-vi/" + code);
      admin.type("#name", "Xã Thử Nghiệm Mới " + suffix);
      admin.click("#luu-don-vi");
      admin.waitForText(".alert-success", "Đã lưu đơn vị Xã Thử Nghiệm Mới " + suffix);
      admin.checkPage();
      admin.open(portal("/quan-tri?q=thu+nghiem+moi+" + suffix));
      assertThat(admin.text("main table")).contains("Xã Thử Nghiệm Mới " + suffix);
      admin.checkPage();

      // A new group with the new unit and Mường Nhé, then Sín Thầu in place of Mường Nhé.
      admin.open(portal("/quan-tri/nhom/moi"));
      admin.waitFor("#group-form");
      admin.type("#code", "NHOM-THU-NGHIEM-" + suffix);
      admin.type("#name", "Nhóm thử nghiệm " + suffix);
      admin.click("[id='m-" + code + "']");
      admin.click("#m-XA-MUONG-NHE");
      admin.click("#luu-nhom");
      admin.waitForText(".alert-success", "Đã lưu nhóm Nhóm thử nghiệm " + suffix);
      assertThat(admin.text("#so-thanh-vien")).isEqualTo("Thành viên: 2 đơn vị đang chọn");
      admin.checkPage();
      admin.click("#m-XA-MUONG-NHE");
      admin.click("#m-XA-SIN-THAU");
      admin.click("#luu-nhom");
      admin.waitForText(".alert-success", "Đã lưu nhóm");
      admin.open(portal("/quan-tri"));
      String group = admin.text("main .list-group");
      assertThat(group).contains("Nhóm thử nghiệm " + suffix + " (2 đơn vị)");
      admin.script("document.querySelectorAll('main details').forEach(d => d.open = true);");
      String members =
          (String)
              admin.script(
                  "return Array.from(document.querySelectorAll('main details'))"
                      + ".find(d => d.textContent.includes(arguments[0])).textContent;",
                  "Nhóm thử nghiệm " + suffix);
      assertThat(members)
          .contains("Xã Thử Nghiệm Mới " + suffix, "Xã Sín Thầu")
          .doesNotContain("Xã Mường Nhé");
      admin.checkPage();

      // An official for Sín Thầu: a bad mobile number is refused beside the field; then SMS for
      // overdue reports and no news of recognised models.
      admin.open(portal("/quan-tri/can-bo?donVi=XA-SIN-THAU"));
      admin.click("#them-can-bo");
      admin.waitFor("#contact-form");
      admin.checkPage();
      admin.type("#fullName", "Lò Văn Thử " + suffix);
      admin.type("#title", "Công chức Văn phòng - Thống kê");
      admin.click("#role-REPORTING_OFFICER");
      admin.type("#mobile", "123");
      admin.click("#luu-can-bo");
      admin.waitFor("#mobile-loi");
      admin.checkPage();
      admin.type("#mobile", "0988" + suffix + "00");
      admin.type("#email", "thu" + suffix + "@sinthau.example.vn");
      admin.click("#luu-can-bo");
      admin.waitForText(".alert-success", "Đã thêm cán bộ Lò Văn Thử " + suffix);
      admin.checkPage();
      admin.script(
          "Array.from(document.querySelectorAll('main .card'))"
              + ".find(c => c.textContent.includes(arguments[0])).querySelector('a').click();",
          "Lò Văn Thử " + suffix);
      admin.waitFor("#contact-form");
      admin.click("#pref-REPORT_OVERDUE-SMS");
      admin.click("#optout-MODEL_RECOGNISED");
      admin.click("#luu-can-bo");
      admin.waitForText(".alert-success", "Đã lưu thông tin Lò Văn Thử " + suffix);
      String card =
          (String)
              admin.script(
                  "return Array.from(document.querySelectorAll('main .card'))"
                      + ".find(c => c.textContent.includes(arguments[0])).textContent;",
                  "Lò Văn Thử " + suffix);
      assertThat(card)
          .contains("+84988" + suffix + "00", "Báo cáo quá hạn: Tin nhắn SMS")
          .contains("Không nhận: Mô hình được công nhận");
      admin.checkPage();
    }
  }

  @Test
  @Order(-1)
  void theEditorEditsAndAddsTasksOfADraftAndTheFanOutPreviewFollows() throws Exception {
    try (Browser editor = Browser.phone()) {
      editor.open(portal("/"));
      editor.signIn("editor", PASSWORD);
      editor.waitForUrl("/soan-thao");
      int number = 100 + new java.util.Random().nextInt(9000);
      editor.open(portal("/soan-thao/moi"));
      editor.waitFor("#directive-form");
      fillDraft(editor, number, "Chỉ thị về công tác dân vận ở cơ sở");
      editor.script(
          "document.getElementById('tasks[0].dueDate').value = arguments[0];",
          TODAY.plusDays(45).toString());
      editor.click("#luu-du-thao");
      editor.waitFor("#tom-tat-giao-viec");
      String draft = editor.url();
      String before = editor.text("#tom-tat-giao-viec");
      int group = Integer.parseInt(before.substring(0, before.indexOf(' ')));
      assertThat(group).isGreaterThan(1);

      // Task 1 goes to one commune instead of the group; an empty due date is refused first.
      editor.click("a.sua-nhiem-vu");
      editor.waitFor("#task-form");
      assertThat(editor.find("[id='task.code']").getAttribute("readonly")).isNotNull();
      editor.checkPage();
      editor.script("document.getElementById('task.lead').value = 'u:XA-MUONG-NHE';");
      editor.script("document.getElementById('task.dueDate').value = '';");
      editor.click("#luu-nhiem-vu");
      editor.waitFor("[id='task.dueDate-loi']");
      editor.checkPage();
      editor.script(
          "document.getElementById('task.dueDate').value = arguments[0];",
          TODAY.plusDays(60).toString());
      editor.click("#luu-nhiem-vu");
      editor.waitForText(".alert-success", "Đã lưu nhiệm vụ 1");
      assertThat(editor.url()).isEqualTo(draft);
      assertThat(editor.text("#tom-tat-giao-viec"))
          .isEqualTo("1 đơn vị, 1 phân công, 1 nghĩa vụ báo cáo.");
      assertThat(editor.text("main table")).contains(ddMMyyyy(TODAY.plusDays(60)));
      editor.checkPage();

      // A second task for the group: the preview counts both again.
      editor.click("#them-nhiem-vu");
      editor.waitFor("#task-form");
      editor.type("[id='task.code']", "2");
      editor.type("[id='task.content']", "Tổ chức hội nghị quán triệt Chỉ thị.");
      editor.script("document.getElementById('task.lead').value = 'g:LLVT-TINH';");
      editor.script("document.getElementById('task.kind').value = 'FIXED_DATE';");
      editor.script(
          "document.getElementById('task.dueDate').value = arguments[0];",
          TODAY.plusDays(30).toString());
      editor.click("#luu-nhiem-vu");
      editor.waitForText(".alert-success", "Đã thêm nhiệm vụ 2");
      int units = group + 1;
      assertThat(editor.text("#tom-tat-giao-viec"))
          .isEqualTo(units + " đơn vị, " + units + " phân công, " + units + " nghĩa vụ báo cáo.");
      editor.checkPage();

      // A third, annual task with a dated milestone (sơ kết): directive-service takes it, the draft
      // lists it, and the preview counts it once for the task's lead unit.
      editor.click("#them-nhiem-vu");
      editor.waitFor("#task-form");
      editor.type("[id='task.code']", "3");
      editor.type("[id='task.content']", "Sơ kết việc thực hiện Chỉ thị.");
      editor.script("document.getElementById('task.lead').value = 'u:XA-MUONG-NHE';");
      editor.script("document.getElementById('task.kind').value = 'ANNUAL';");
      editor.type("[id='task.milestones[0].key']", "SO-KET");
      editor.type("[id='task.milestones[0].label']", "Báo cáo sơ kết");
      editor.script(
          "document.getElementById('task.milestones[0].dueDate').value = arguments[0];",
          TODAY.plusDays(90).toString());
      editor.script(
          "document.getElementById('task.milestones[0].dateSource').value = 'DIRECTIVE';");
      editor.checkPage();
      editor.click("#luu-nhiem-vu");
      editor.waitForText(".alert-success", "Đã thêm nhiệm vụ 3");
      assertThat(editor.text("main"))
          .contains(
              "Mốc SO-KET: Báo cáo sơ kết, hạn "
                  + ddMMyyyy(TODAY.plusDays(90))
                  + " (Chỉ thị ghi ngày)",
              "1 mốc × 1 đơn vị chủ trì");
      editor.checkPage();
    }
  }

  /**
   * The commune's approver (also its officer) starts on the queue of its decisions, registers a
   * model for the commune, finds it waiting for its survey, records the score sheet, and finds it
   * moved on to the recognition step; every count is model-registry's.
   */
  @Test
  @Order(0)
  void aCommuneApproverSeesItsQueueAndRecordsAnEvaluation() throws Exception {
    String name = "Tổ dân vận khéo bản Huổi Lếch " + (1000 + new java.util.Random().nextInt(9000));
    try (Browser approver = Browser.phone()) {
      approver.open(portal("/"));
      approver.signIn("approver.muongnhe", PASSWORD);
      approver.waitForUrl("/danh-gia/cho-quyet-dinh");
      assertThat(approver.text("header")).contains("Thường trực Đảng ủy xã Mường Nhé");
      approver.checkPage();
      approver.checkNoFailedPanel();
      long toEvaluate = Long.parseLong(approver.text("#buoc-REGISTERED .so-ho-so"));
      long toRecognise = Long.parseLong(approver.text("#buoc-EVALUATED .so-ho-so"));

      approver.open(portal("/don-vi/mo-hinh"));
      approver.waitFor("#dang-ky-mo-hinh");
      approver.type("#name", name);
      approver.script("document.getElementById('field').value = 'POLITICAL_SYSTEM';");
      approver.type("#description", "Vận động nhân dân tự hòa giải mâu thuẫn trong bản.");
      // No start date: model-registry checks it against the machine's clock, which is behind the
      // business date of this system (a start date "in the future" is refused).
      approver.click("#dang-ky-mo-hinh");
      // Whatever the answer is, it is on the page: a refusal fails here with the service's words.
      approver.waitFor("main .alert");
      assertThat(approver.text("main .alert")).startsWith("Đã đăng ký mô hình");

      approver.open(portal("/danh-gia/cho-quyet-dinh"));
      approver.waitFor("#buoc");
      assertThat(Long.parseLong(approver.text("#buoc-REGISTERED .so-ho-so")))
          .isEqualTo(toEvaluate + 1);
      assertThat(approver.text(".model-table .pager")).contains("trên tổng số " + (toEvaluate + 1));
      approver.checkPage();
      approver.script(
          "Array.from(document.querySelectorAll('.model-table a.mo-hinh'))"
              + ".find(a => a.textContent === arguments[0]).click();",
          name);
      approver.waitFor("#cham-diem");
      approver.checkPage();
      approver.type("#dg-nguoi", "Ban Thường vụ Đảng ủy xã Mường Nhé");
      approver.script(
          "document.querySelectorAll(\"input[name^='score.']\").forEach(i => i.value = i.max);");
      approver.click("#ghi-danh-gia");
      approver.waitForText(".alert-success", "Đã ghi kết quả khảo sát, đánh giá.");
      approver.checkPage();

      approver.open(portal("/danh-gia/cho-quyet-dinh?buoc=EVALUATED"));
      approver.waitFor("#buoc");
      assertThat(Long.parseLong(approver.text("#buoc-REGISTERED .so-ho-so"))).isEqualTo(toEvaluate);
      assertThat(Long.parseLong(approver.text("#buoc-EVALUATED .so-ho-so")))
          .isEqualTo(toRecognise + 1);
      assertThat(approver.text(".model-table")).contains(name, "Xã Mường Nhé");
      approver.checkPage();
      approver.open(portal("/khen-thuong/moi"));
      approver.waitFor("#commendation-form");
      approver.checkPage();
      approver.open(portal("/khen-thuong"));
      approver.waitFor("main h1");
      approver.checkPage();
      approver.checkNoFailedPanel();
    }
  }

  private static String ddMMyyyy(LocalDate date) {
    return date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  @Test
  @Order(1)
  void anOfficerOnAPhoneReportsTheMonitorReturnsItTheOfficerResubmitsAndItIsAccepted()
      throws Exception {
    try (Browser officer = Browser.phone();
        Browser monitor = Browser.desktop()) {
      officer.open(portal("/"));
      officer.checkPage(); // the auth server's sign-in page, in Vietnamese
      officer.signIn("officer.muongnhe", PASSWORD);
      officer.waitForUrl("/don-vi");
      // The seeded directives reach report-service through Kafka after every process is ready; on
      // a loaded machine the unit's obligations appear a few minutes later.
      await()
          .atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofSeconds(5))
          .alias("an obligation of Xã Mường Nhé open for reports")
          .until(() -> {
            officer.open(portal("/don-vi"));
            return !officer.all(OWED).isEmpty();
          });
      assertThat(officer.innerWidth()).isEqualTo(360);
      long acceptedBefore = count(officer.text("a[href='#da-chap-nhan']"));
      assertThat(officer.text("header")).contains("Cán bộ xã Mường Nhé", "Xã Mường Nhé");
      officer.checkPage();
      officer.checkNoFailedPanel();

      // A report the unit will owe later (a period whose window has not opened: there is one on
      // most days of the period) says from when it is received and offers no form yet.
      List<org.openqa.selenium.WebElement> later = officer.all("#chua-den-ky a.btn");
      if (!later.isEmpty()) {
        assertThat(officer.text("#chua-den-ky .window-opens")).startsWith("nhận báo cáo từ ");
        officer.click("#chua-den-ky a.btn");
        officer.waitFor("#nhan-bao-cao-tu");
        assertThat(officer.text(".alert-info")).contains("chưa đến thời gian nhận báo cáo");
        assertThat(officer.all("#report-section")).isEmpty();
        officer.checkPage();
        officer.open(portal("/don-vi"));
        officer.waitFor("#obligations");
      }

      // The first overdue obligation: report 60 % with an evidence file.
      officer.click(OWED);
      officer.waitFor("#report-section form");
      String obligationPage = officer.url();
      officer.checkPage();
      officer.type("#progressPercent", "60");
      officer.script("document.getElementById('status').value = 'IN_PROGRESS';");
      officer.type("#results", "Đã tổ chức hội nghị quán triệt Chỉ thị tới 100% chi bộ thôn, bản.");
      Path evidence = Files.createTempFile("bien-ban-hoi-nghi", ".png");
      Files.write(evidence, Evidence.PNG);
      officer.find("#files").sendKeys(evidence.toString());
      officer.click("#gui-bao-cao");
      officer.waitForText(".alert-success", "Đã gửi báo cáo lần 1");
      assertThat(officer.text("#trang-thai")).isEqualTo("Đã nộp, chờ thẩm định");
      assertThat(officer.text(".report-revision")).contains(evidence.getFileName().toString());
      officer.checkPage();

      // The monitoring body returns it with a comment.
      monitor.open(portal("/"));
      monitor.signIn("monitor", PASSWORD);
      monitor.waitForUrl("/bang-theo-doi");
      monitor.checkPage();
      monitor.open(portal("/tham-dinh"));
      monitor.checkPage();
      String review = obligationPage.replace("/don-vi/bao-cao/", "/tham-dinh/");
      monitor.open(review);
      monitor.waitFor("#gui-tham-dinh");
      assertThat(monitor.text("main")).contains("60%", "Đã tổ chức hội nghị quán triệt");
      assertThat(monitor.all("img.evidence-thumb")).hasSize(1);
      monitor.checkPage();
      monitor.click("#outcome-return");
      monitor.click("#gui-tham-dinh"); // without a comment: the service's message beside the field
      monitor.waitFor("#comment-loi");
      monitor.checkPage();
      monitor.type("#comment", "Đề nghị bổ sung số lượng đảng viên tham gia hội nghị.");
      monitor.click("#gui-tham-dinh");
      monitor.waitForText(".alert-success", "Đã trả lại báo cáo");
      monitor.checkPage();

      // The officer sees the comment and resubmits.
      officer.open(obligationPage);
      officer.waitFor("#report-section form");
      assertThat(officer.text("#trang-thai")).isEqualTo("Bị trả lại");
      assertThat(officer.text("main")).contains("Đề nghị bổ sung số lượng đảng viên");
      officer.checkPage();
      officer.type("#results", "Đã tổ chức hội nghị quán triệt cho 312 đảng viên tại 100% chi bộ.");
      officer.click("#gui-bao-cao");
      officer.waitForText(".alert-success", "Đã gửi báo cáo lần 2");

      // The monitoring body accepts; the officer's obligation shows it.
      monitor.open(review);
      monitor.waitFor("#gui-tham-dinh");
      monitor.click("#outcome-accept");
      monitor.click("#gui-tham-dinh");
      monitor.waitForText(".alert-success", "Đã chấp nhận báo cáo");
      officer.open(obligationPage);
      officer.waitFor("#trang-thai");
      assertThat(officer.text("#trang-thai")).isEqualTo("Đã chấp nhận");
      officer.checkPage();
      officer.open(portal("/don-vi"));
      assertThat(count(officer.text("a[href='#da-chap-nhan']"))).isEqualTo(acceptedBefore + 1);
      officer.checkPage();
    }
  }

  @Test
  @Order(2)
  void theEditorDraftsAndIssuesADirectiveToAGroupAndTheBoardShowsItsObligations() throws Exception {
    try (Browser editor = Browser.desktop();
        Browser monitor = Browser.phone()) {
      editor.open(portal("/"));
      editor.signIn("editor", PASSWORD);
      editor.waitForUrl("/soan-thao");
      editor.checkPage();
      editor.click("a[href$='/soan-thao/moi']");
      editor.waitFor("#directive-form");
      editor.checkPage();
      // A new number each run, so the scenario also runs again against a kept stack.
      int number = 100 + new java.util.Random().nextInt(9000);
      fillDraft(
          editor, number, "Chỉ thị về tăng cường công tác dân vận trong lực lượng vũ trang tỉnh");
      editor.click("#luu-du-thao"); // no due date: the service says so beside the field
      editor.waitFor("[id='tasks[0].dueDate-loi']");
      editor.checkPage();
      editor.script(
          "document.getElementById('tasks[0].dueDate').value = arguments[0];",
          TODAY.plusDays(45).toString());
      editor.click("#luu-du-thao");
      editor.waitFor("#tom-tat-giao-viec");
      String summary = editor.text("#tom-tat-giao-viec");
      assertThat(summary).matches("\\d+ đơn vị, \\d+ phân công, \\d+ nghĩa vụ báo cáo\\.");
      int units = Integer.parseInt(summary.substring(0, summary.indexOf(' ')));
      assertThat(units).isPositive();
      assertThat(summary)
          .isEqualTo(units + " đơn vị, " + units + " phân công, " + units + " nghĩa vụ báo cáo.");
      editor.checkPage();
      editor.click("#ban-hanh");
      editor.waitForText(".alert-success", "Đã ban hành Chỉ thị " + number + "-CT/TU");
      assertThat(editor.text("#trang-thai-chi-thi")).isEqualTo("Đã ban hành");
      editor.checkPage();

      // The monitoring body's board shows the new obligations (opened through Kafka: two outbox
      // relays and a consumer, which a loaded 2-core machine running seven JVMs can hold up for
      // minutes; the wait ends as soon as they are there).
      monitor.open(portal("/"));
      monitor.signIn("monitor", PASSWORD);
      monitor.waitForUrl("/bang-theo-doi");
      await()
          .atMost(Duration.ofMinutes(10))
          .pollInterval(Duration.ofSeconds(2))
          .until(
              () -> {
                monitor.open(portal("/bang-theo-doi?chiThi=" + number + "-ct-tu&trangThai=TAT-CA"));
                return monitor.text("#board-table .pager");
              },
              pager -> pager.contains("trên tổng số " + units));
      assertThat(monitor.all("#bang-nghia-vu tbody tr")).hasSize(Math.min(units, 25));
      assertThat(monitor.text("#bang-nghia-vu")).contains(number + "-CT/TU · 1");
      monitor.checkPage();
    }
  }

  @Test
  @Order(3)
  void everyRolesPagesAreVietnameseLabelledAndFitAPhone() throws Exception {
    Map<String, List<String>> pages =
        Map.of(
            "officer.muongnhe",
            List.of(
                "/don-vi/nhiem-vu", "/don-vi/mo-hinh", "/don-vi/nhac-viec", "/don-vi/nhom/qua-han"),
            "monitor",
            List.of("/gia-han", "/danh-gia", "/tien-do", "/bang-theo-doi?trangThai=TAT-CA"),
            "admin",
            List.of("/quan-tri", "/quan-tri/can-bo", "/quan-tri/nhat-ky"),
            "viewer",
            List.of("/tong-quan", "/tien-do"));
    for (var role : pages.entrySet()) {
      try (Browser phone = Browser.phone()) {
        phone.open(portal("/"));
        phone.signIn(role.getKey(), PASSWORD);
        phone.waitFor("main h1");
        phone.checkPage();
        for (String path : role.getValue()) {
          phone.open(portal(path));
          phone.waitFor("main h1");
          phone.checkPage();
          phone.checkNoFailedPanel();
        }
        if (role.getKey().equals("monitor")) {
          phone.open(portal("/danh-gia?trangThai=RECOGNISED"));
          phone.click("main table a");
          phone.waitFor("#tinh-trang");
          phone.checkPage();
        }
      }
    }
  }

  @Test
  @Order(4)
  void aDoubleSubmitMakesOneReport() throws Exception {
    try (Browser officer = Browser.desktop()) {
      officer.open(portal("/"));
      officer.signIn("officer.dienbienphu", PASSWORD);
      officer.waitForUrl("/don-vi");
      officer.click(OWED);
      officer.waitFor("#report-section form");
      String page = officer.url();
      officer.type("#progressPercent", "100");
      officer.script("document.getElementById('status').value = 'COMPLETED';");
      officer.type("#results", "Đã hoàn thành kế hoạch của phường.");
      // The same filled-in form sent twice, as a double click or a resend would.
      Object statuses =
          officer.script(
              """
              const form = document.querySelector('#report-section form');
              const data = new FormData(form);
              const send = () => fetch(form.action, {method: 'POST', body: data, redirect: 'manual'});
              return Promise.all([send(), send()]).then(r => r.map(x => x.type + ':' + x.status));
              """);
      assertThat(statuses.toString()).doesNotContain("500");
      officer.open(page);
      officer.waitFor("#trang-thai");
      assertThat(officer.text("#trang-thai")).isEqualTo("Đã nộp, chờ thẩm định");
      assertThat(officer.all(".report-revision")).hasSize(1);
      officer.checkPage();
    }
  }

  @Test
  @Order(5)
  void anEndedSessionSignsInAgainAndComesBackToTheSamePage() throws Exception {
    try (Browser officer = Browser.phone()) {
      officer.open(portal("/don-vi/nhiem-vu"));
      officer.signIn("officer.muongnhe", PASSWORD);
      officer.waitForUrl("/don-vi/nhiem-vu");
      officer.clearCookies(); // both the portal's and the auth server's sessions are gone
      officer.open(portal("/don-vi/nhiem-vu?trang=1"));
      officer.waitFor("#username");
      officer.checkPage();
      officer.signIn("officer.muongnhe", PASSWORD);
      officer.waitForUrl("/don-vi/nhiem-vu?trang=1");
      officer.waitFor("#task-list");
      officer.checkPage();
    }
  }

  /**
   * A ward officer asks for more time on one reporting period of an ongoing or yearly task (a
   * fixed-date task's page sends them to its assignment's request instead); a request without a
   * reason is refused beside the field; the monitoring body's queue lists it and approves; the
   * officer's period shows the new due date.
   */
  @Test
  @Order(7)
  void anOfficerAsksForMoreTimeOnAPeriodTheMonitorApprovesAndTheNewDueDateShows() throws Exception {
    try (Browser officer = Browser.phone();
        Browser monitor = Browser.desktop()) {
      officer.open(portal("/"));
      officer.signIn("officer.dienbienphu", PASSWORD);
      officer.waitForUrl("/don-vi");
      List<String> owed = officer.all(OWED).stream().map(a -> a.getAttribute("href")).toList();
      String obligationId = askablePeriod(officer, owed);
      assertThat(obligationId).as("an owed period of an ongoing or yearly task").isNotNull();
      officer.checkPage();
      LocalDate due = LocalDate.parse(officer.text("#han-hien-tai"), DD_MM_YYYY);
      LocalDate proposed = (due.isAfter(TODAY) ? due : TODAY).plusDays(10);
      officer.script(
          "document.getElementById('proposedDueDate').value = arguments[0];", proposed.toString());
      officer.click("#gui-de-nghi"); // no reason: report-service says so beside the field
      officer.waitFor("#reason-loi");
      officer.checkPage();
      officer.type("#reason", "Chờ số liệu của các tổ dân phố sau đợt mưa lũ.");
      officer.click("#gui-de-nghi");
      officer.waitForText(".alert-success", "Đã gửi đề nghị gia hạn kỳ báo cáo");
      String obligationPage = officer.url();
      assertThat(officer.text(".gia-han-ky")).contains(ddMMyyyy(proposed), "Chờ duyệt");
      officer.checkPage();

      monitor.open(portal("/"));
      monitor.signIn("monitor", PASSWORD);
      monitor.waitForUrl("/bang-theo-doi");
      monitor.open(portal("/gia-han"));
      monitor.waitFor("#gia-han-ky");
      monitor.checkPage();
      monitor.checkNoFailedPanel();
      String approve = "form[action*='/gia-han/ky/" + obligationId + "/'] button[value='APPROVED']";
      assertThat(monitor.all(approve)).hasSize(1);
      monitor.click(approve);
      monitor.waitForText(".alert-success", "Đã duyệt gia hạn");
      assertThat(monitor.all(approve)).isEmpty();
      monitor.checkPage();

      officer.open(obligationPage);
      officer.waitFor("#trang-thai");
      assertThat(officer.text("main dl"))
          .contains(ddMMyyyy(proposed), "(hạn gốc " + ddMMyyyy(due) + ")");
      assertThat(officer.text(".gia-han-ky")).contains("Đã duyệt");
      officer.checkPage();
    }
  }

  private static final java.time.format.DateTimeFormatter DD_MM_YYYY =
      java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * Opens the owed periods in turn until one offers a per-period request (a fixed-date task's goes
   * to its assignment's page); returns its obligation id, the form open, or null.
   */
  private static String askablePeriod(Browser officer, List<String> owed) {
    for (String href : owed) {
      officer.open(href);
      officer.waitFor("#trang-thai");
      if (officer.all("#de-nghi-gia-han").isEmpty()) {
        continue;
      }
      officer.click("#de-nghi-gia-han");
      officer.waitFor("main h1");
      if (officer.url().contains("/don-vi/gia-han-ky/")) {
        officer.waitFor("#gui-de-nghi");
        return href.substring(href.lastIndexOf('/') + 1);
      }
    }
    return null;
  }

  /**
   * The monitoring body confirms a unit finished a task; a second confirmation is refused and the
   * page shows directive-service's message.
   */
  @Test
  @Order(8)
  void theMonitorMarksAnAssignmentCompleteAndASecondTimeIsRefused() throws Exception {
    try (Browser monitor = Browser.phone()) {
      monitor.open(portal("/"));
      monitor.signIn("monitor", PASSWORD);
      monitor.waitForUrl("/bang-theo-doi");
      monitor.open(portal("/tham-dinh"));
      // The double-submit scenario left a report waiting; the first of the queue is enough.
      monitor.click("main a[href^='/tham-dinh/']");
      monitor.waitFor("#hoan-thanh-nhiem-vu");
      monitor.click("#hoan-thanh-nhiem-vu");
      monitor.waitFor("#xac-nhan-hoan-thanh");
      assertThat(monitor.text("#trang-thai-phan-cong")).isNotEqualTo("Đã kết thúc");
      monitor.checkPage();
      monitor.type("#note", "Đơn vị đã hoàn thành toàn bộ nội dung nhiệm vụ.");
      monitor.click("#xac-nhan-hoan-thanh");
      monitor.waitForText(".alert-success", "Đã xác nhận đơn vị hoàn thành nhiệm vụ");
      assertThat(monitor.text("#trang-thai-phan-cong")).isEqualTo("Đã kết thúc");
      monitor.checkPage();
      monitor.click("#xac-nhan-hoan-thanh");
      monitor.waitFor("#loi-hoan-thanh");
      assertThat(monitor.text("#loi-hoan-thanh")).isNotBlank();
      monitor.checkPage();
    }
  }

  /**
   * A commune registers a model, its approver evaluates and recognises it at cấp xã, the commune
   * registers it for cấp tỉnh; the monitoring body evaluates and recognises it at cấp tỉnh and the
   * province's commendation round lists it among its candidates.
   */
  @Test
  @Order(9)
  void theMonitorEvaluatesAndRecognisesAModelAndTheCommendationRoundListsIt() throws Exception {
    String name =
        "Mô hình dân vận khéo bản Nậm Kè " + (1000 + new java.util.Random().nextInt(9000));
    String year = String.valueOf(TODAY.getYear());
    String modelPage;
    try (Browser commune = Browser.phone()) {
      commune.open(portal("/"));
      commune.signIn("approver.muongnhe", PASSWORD);
      commune.waitForUrl("/danh-gia/cho-quyet-dinh");
      commune.open(portal("/don-vi/mo-hinh"));
      commune.waitFor("#dang-ky-mo-hinh");
      commune.type("#name", name);
      commune.script("document.getElementById('field').value = 'POLITICAL_SYSTEM';");
      commune.type("#description", "Vận động đồng bào giữ rừng đầu nguồn.");
      commune.click("#dang-ky-mo-hinh");
      commune.waitFor("main .alert");
      assertThat(commune.text("main .alert")).startsWith("Đã đăng ký mô hình");
      commune.open(portal("/danh-gia/cho-quyet-dinh?trang=0"));
      commune.waitFor("#buoc");
      openModel(commune, name);
      modelPage = commune.url();
      decide(commune, "COMMUNE", "Ban Thường vụ Đảng ủy xã Mường Nhé", "Chủ tịch UBND xã");
      commune.script("document.getElementById('dk-cap').value = 'PROVINCE';");
      commune.type("#dk-nam", year);
      commune.click("form[action$='/dang-ky'] button");
      commune.waitForText(".alert-success", "Đã đăng ký.");
      commune.checkPage();
    }
    try (Browser monitor = Browser.phone()) {
      monitor.open(portal("/"));
      monitor.signIn("monitor", PASSWORD);
      monitor.waitForUrl("/bang-theo-doi");
      monitor.open(modelPage);
      monitor.waitFor("#cham-diem");
      monitor.checkPage();
      decide(monitor, "PROVINCE", "Đoàn khảo sát Ban Tuyên giáo và Dân vận", "Trưởng Ban");
      assertThat(monitor.text("#tinh-trang")).isEqualTo("Đã công nhận");
      monitor.open(portal("/danh-gia/khen-thuong/PROVINCE-2025-2030"));
      monitor.waitFor("main h1");
      assertThat(monitor.text("main")).contains(name, "công nhận năm " + year);
      monitor.checkPage();
      monitor.checkNoFailedPanel();
    }
  }

  private static void openModel(Browser browser, String name) {
    browser.script(
        "Array.from(document.querySelectorAll('.model-table a.mo-hinh'))"
            + ".find(a => a.textContent === arguments[0]).click();",
        name);
    browser.waitFor("#cham-diem");
  }

  /** Records a full score sheet and then the recognition, at {@code level}, on a model's page. */
  private static void decide(Browser browser, String level, String evaluator, String signer) {
    browser.script("document.getElementById('dg-cap').value = arguments[0];", level);
    browser.type("#dg-nguoi", evaluator);
    browser.script(
        "document.querySelectorAll(\"input[name^='score.']\").forEach(i => i.value = i.max);");
    browser.click("#ghi-danh-gia");
    browser.waitForText(".alert-success", "Đã ghi kết quả khảo sát, đánh giá.");
    browser.checkPage();
    browser.script("document.getElementById('cn-cap').value = arguments[0];", level);
    browser.type("#cn-so", "COMMUNE".equals(level) ? "16-QĐ/UBND" : "1521-QĐ/TU");
    browser.script("document.getElementById('cn-ngay').value = arguments[0];", TODAY.toString());
    browser.type("#cn-ky", signer);
    browser.click("button[value='RECOGNISE']");
    browser.waitForText(".alert-success", "Đã ghi quyết định công nhận.");
    browser.checkPage();
  }

  @Test
  @Order(10)
  void aServiceThatIsDownCostsOnlyItsPanel() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(system != null, "needs its own system");
    system.stop("notification-service");
    try (Browser officer = Browser.phone()) {
      officer.open(portal("/don-vi"));
      officer.signIn("officer.muongnhe", PASSWORD);
      officer.waitForUrl("/don-vi");
      assertThat(officer.text("#nhac-viec .panel-failed"))
          .contains("Dịch vụ thông báo", "tạm thời không phản hồi");
      assertThat(officer.all("#obligations .obligation-item")).isNotEmpty();
      officer.checkPage();
    }
  }
}
