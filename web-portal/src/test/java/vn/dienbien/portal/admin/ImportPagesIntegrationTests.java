package vn.dienbien.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dienbien.portal.web.SignedIn;
import vn.dienbien.portal.web.StubbedServicesTest;

/**
 * Bulk imports against stand-in services: the file goes to the service's own import as it is; the
 * answer is shown row by row (what was created, each refused row with its line and the service's
 * message), and a malformed file is refused in Vietnamese before any service sees it.
 */
class ImportPagesIntegrationTests extends StubbedServicesTest {

  private static final String UNITS_CSV =
      "code,name,kind,level,parent_code\n"
          + "MTTQ-XA-MUONG-NHE,Ủy ban MTTQ xã Mường Nhé,FRONT,COMMUNE,XA-MUONG-NHE\n"
          + "HOI-ND-XA-MUONG-NHE,Hội Nông dân xã Mường Nhé,MASS_ORG,COMMUNE,XA-MUONG-NHE\n"
          + "XA-MUONG-NHE,Xã Mường Nhé,COMMUNE,COMMUNE,TINH-DIEN-BIEN\n";

  private static final String CONTACTS_CSV =
      "Họ và tên,Mã đơn vị,Vai trò,Số điện thoại\n"
          + "Lò Văn Pọm,XA-MUONG-NHE,Cán bộ đầu mối báo cáo,0988123456\n"
          + "Giàng A Tủa,XA-MUONG-NHE,Thủ trưởng,123\n"
          + "Vàng Thị Mai,XA-NA-HY,Cán bộ đầu mối báo cáo,0912345678\n";

  @Autowired MockMvc mvc;
  @Autowired ClientRegistrationRepository registrations;

  @BeforeEach
  void reset() {
    directive.reset();
    notification.reset();
  }

  private RequestPostProcessor admin() {
    return SignedIn.as(registrations.findByRegistrationId("portal"), "ADMIN");
  }

  private String upload(String path, String name, byte[] bytes, String... params) throws Exception {
    var request =
        multipart(path).file(new MockMultipartFile("file", name, "text/csv", bytes)).with(admin());
    for (int i = 0; i + 1 < params.length; i += 2) {
      request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request.with(csrf()))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void aUnitsFileGoesToTheDirectorysImportAndItsCountsAreShown() throws Exception {
    directive.answer(
        "POST /api/v1/units/import",
        200,
        "{\"rows\":3,\"created\":2,\"updated\":1,\"unchanged\":0}");

    String page =
        upload(
            "/quan-tri/nhap-tep/don-vi", "don-vi.csv", UNITS_CSV.getBytes(StandardCharsets.UTF_8));

    assertThat(directive.lastBody("POST", "/api/v1/units/import")).isEqualTo(UNITS_CSV);
    assertThat(page)
        .contains("Đã đọc 3 dòng dữ liệu: 2 đơn vị thêm mới, 1 cập nhật, 0 không thay đổi.")
        .doesNotContain("id=\"dong-chua-ro\"");
  }

  @Test
  void aRefusedUnitsFileListsEachBadRowWithTheServicesMessageAndSaysNothingWasWritten()
      throws Exception {
    directive.answer(
        "POST /api/v1/units/import",
        400,
        """
        {"title":"Dữ liệu không hợp lệ","detail":"Dữ liệu không hợp lệ","errors":[
          {"field":"rows[4].parent_code","message":"không có đơn vị cấp trên mã TINH-DIEN-BIEN-X"},
          {"field":"rows[2].code","message":"mã MTTQ-XA-MUONG-NHE lặp lại trong tệp"}]}
        """);

    String page =
        upload(
            "/quan-tri/nhap-tep/don-vi", "don-vi.csv", UNITS_CSV.getBytes(StandardCharsets.UTF_8));

    assertThat(page.replaceAll("\\s+", " "))
        .contains("Chưa ghi dòng nào: 2 dòng có lỗi.")
        .containsPattern(
            "<td data-label=\"Dòng\">2</td> <td data-label=\"Cột\"><code>code</code></td>"
                + " <td data-label=\"Lý do từ chối\">mã MTTQ-XA-MUONG-NHE lặp lại trong tệp</td>")
        .containsPattern(
            "<td data-label=\"Dòng\">4</td> <td data-label=\"Cột\"><code>parent_code</code></td>"
                + " <td data-label=\"Lý do từ chối\">không có đơn vị cấp trên mã"
                + " TINH-DIEN-BIEN-X</td>");
  }

  @Test
  void aUnitsFileWithoutTheRequiredColumnsIsRefusedAsAWholeWithTheServicesWords() throws Exception {
    directive.answer(
        "POST /api/v1/units/import",
        400,
        """
        {"title":"Dữ liệu không hợp lệ","errors":[{"field":"header","message":"thiếu cột kind, level"}]}
        """);
    String page =
        upload(
            "/quan-tri/nhap-tep/don-vi",
            "don-vi.csv",
            "code,name\nXA-MOI,Xã Mới\n".getBytes(StandardCharsets.UTF_8));
    assertThat(page).contains("id=\"loi-tep\"", "thiếu cột kind, level");
  }

  @Test
  void aContactsFileStoresGoodRowsAndListsEachRefusedRowByItsColumn() throws Exception {
    notification.answer(
        "POST /api/v1/contacts/import",
        200,
        """
        {"rows":3,"created":1,"updated":1,"rejected":1,"dryRun":false,"errors":[
          {"row":3,"field":"mobile","message":"không phải số điện thoại di động Việt Nam hợp lệ"}]}
        """);

    String page =
        upload(
            "/quan-tri/nhap-tep/can-bo",
            "can-bo.csv",
            CONTACTS_CSV.getBytes(StandardCharsets.UTF_8));

    assertThat(notification.lastBody("POST", "/api/v1/contacts/import")).isEqualTo(CONTACTS_CSV);
    assertThat(notification.queries("POST", "/api/v1/contacts/import"))
        .containsExactly("dryRun=false");
    assertThat(page.replaceAll("\\s+", " "))
        .contains("Đã đọc 3 dòng dữ liệu: 1 cán bộ thêm mới, 1 cập nhật, 1 dòng bị từ chối.")
        .contains(
            "<td data-label=\"Dòng\">3</td> <td data-label=\"Cột\">Số điện thoại</td>"
                + " <td data-label=\"Lý do từ chối\">không phải số điện thoại di động Việt Nam"
                + " hợp lệ</td>")
        .contains("Các dòng không có trong bảng trên đã được ghi.")
        .doesNotContain("id=\"dong-chua-ro\"");
  }

  @Test
  void aCheckOnlyRunSaysNothingWasWrittenAndARowTheServiceLostIsFlagged() throws Exception {
    notification.answer(
        "POST /api/v1/contacts/import",
        200,
        "{\"rows\":3,\"created\":1,\"updated\":0,\"rejected\":1,\"dryRun\":true,\"errors\":[]}");

    String page =
        upload(
            "/quan-tri/nhap-tep/can-bo",
            "can-bo.csv",
            CONTACTS_CSV.getBytes(StandardCharsets.UTF_8),
            "chiKiemTra",
            "true");

    assertThat(notification.queries("POST", "/api/v1/contacts/import"))
        .containsExactly("dryRun=true");
    assertThat(page)
        .contains(
            "Chỉ kiểm tra, chưa ghi: 3 dòng dữ liệu, 1 sẽ thêm mới, 0 sẽ cập nhật, 1 dòng bị từ"
                + " chối.")
        .contains("1 dòng không rõ kết quả");
  }

  @Test
  void aMalformedFileIsRefusedInVietnameseAndNoServiceIsCalled() throws Exception {
    byte[] latin1 = "Họ và tên,Mã đơn vị\nLò Văn Pọm,X\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(upload("/quan-tri/nhap-tep/can-bo", "can-bo.csv", latin1))
        .contains("Tệp không phải bảng mã UTF-8");
    assertThat(upload("/quan-tri/nhap-tep/don-vi", "don-vi.xlsx", UNITS_CSV.getBytes()))
        .contains("Chỉ nhận tệp .csv");
    assertThat(upload("/quan-tri/nhap-tep/don-vi", "don-vi.csv", new byte[2 * 1024 * 1024]))
        .contains("Tệp lớn hơn 1 MB");
    assertThat(notification.queries("POST", "/api/v1/contacts/import")).isEmpty();
    assertThat(directive.queries("POST", "/api/v1/units/import")).isEmpty();
  }

  @Test
  void theTemplatesAreDownloadableAndThePageDocumentsTheColumns() throws Exception {
    String units =
        mvc.perform(get("/mau/don-vi.csv").with(admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(units).contains("code,name,kind,level,parent_code,groups,official_code");
    String contacts =
        mvc.perform(get("/mau/can-bo.csv").with(admin()))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(contacts).contains("Họ và tên,Chức vụ,Mã đơn vị,Vai trò,Email,Số điện thoại");
    mvc.perform(get("/quan-tri/nhap-tep").with(admin())).andExpect(status().isOk());
    mvc.perform(
            get("/quan-tri/nhap-tep")
                .with(SignedIn.as(registrations.findByRegistrationId("portal"), "MONITOR")))
        .andExpect(status().isForbidden());
  }
}
