package vn.dienbien.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The contacts API: normalised numbers, clear problems for bad input, and nothing stored then. */
class ContactApiIntegrationTests extends NotificationIntegrationTest {

  private static final MediaType CSV = MediaType.parseMediaType("text/csv; charset=UTF-8");

  @Test
  void storesTheMobileNumberInE164() {
    String id =
        Officials.register(
            http,
            "Nguyễn Thị Hoa",
            "XA-SIN-THAU",
            "REPORTING_OFFICER",
            "hoa@sinthau.test.vn",
            "0912 345 678");
    Map<?, ?> contact = http.get().uri("/api/v1/contacts/" + id).retrieve().body(Map.class);
    assertThat(contact.get("mobile")).isEqualTo("+84912345678");
    assertThat(contact.get("fullName")).isEqualTo("Nguyễn Thị Hoa");
  }

  @ParameterizedTest
  @CsvSource({
    "email, khong-phai-email, 0912000101, XA-SIN-THAU",
    "email, hoa@khong-co-ten-mien, 0912000102, XA-SIN-THAU",
    "mobile, bad1@sinthau.test.vn, 0243 123 456, XA-SIN-THAU",
    "mobile, bad2@sinthau.test.vn, 12345, XA-SIN-THAU",
    "unitId, bad3@sinthau.test.vn, 0912000103, XA-KHONG-CO",
    "unitId, bad4@sinthau.test.vn, 0912000104, xa-sin-thau"
  })
  void refusesBadInputAndStoresNothing(String field, String email, String mobile, String unitId) {
    Map<String, Object> body = new HashMap<>();
    body.put("fullName", "Người Thử");
    body.put("unitId", unitId);
    body.put("roles", List.of("REPORTING_OFFICER"));
    body.put("email", email);
    body.put("mobile", mobile);
    var response =
        http.post()
            .uri("/api/v1/contacts")
            .contentType(MediaType.APPLICATION_JSON)
            .body(body)
            .retrieve()
            .toEntity(Map.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat((List<Map<String, String>>) response.getBody().get("errors"))
        .as("%s", response.getBody())
        .extracting(e -> e.get("field"))
        .contains(field);
    assertThat(contactsOf("XA-SIN-THAU")).noneMatch(c -> "Người Thử".equals(c.get("fullName")));
  }

  @Test
  void importsACsvFileAndReportsEachBadRow() {
    String csv =
        """
        Họ và tên,Chức vụ,Mã đơn vị,Vai trò,Email,Số điện thoại
        Phạm Văn Tùng,Bí thư Đảng ủy phường,PHUONG-MUONG-THANH,Thủ trưởng,tung@muongthanh.test.vn,0987 654 321
        Đỗ Thị Lan,,PHUONG-MUONG-THANH,Cán bộ báo cáo,lan@@muongthanh,0987654322
        Hà Văn Cường,,KHONG-RO,REPORTING_OFFICER,cuong@muongthanh.test.vn,0987654323
        "Bùi Thị Ngọc, phó",,PHUONG-MUONG-THANH,Phó phòng,ngoc@muongthanh.test.vn,
        """;
    var report =
        http.post()
            .uri("/api/v1/contacts/import")
            .contentType(CSV)
            .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .retrieve()
            .body(Map.class);

    assertThat(report.get("rows")).as("%s", report).isEqualTo(4);
    assertThat(report.get("created")).isEqualTo(1);
    assertThat(report.get("rejected")).isEqualTo(3);
    assertThat((List<Map<String, Object>>) report.get("errors"))
        .extracting(e -> e.get("row") + ":" + e.get("field"))
        .containsExactlyInAnyOrder("3:email", "4:unitId", "5:roles");
    assertThat(contactsOf("PHUONG-MUONG-THANH"))
        .extracting(c -> c.get("fullName"))
        .contains("Phạm Văn Tùng")
        .doesNotContain("Đỗ Thị Lan", "Bùi Thị Ngọc, phó");

    var again =
        http.post()
            .uri("/api/v1/contacts/import")
            .contentType(CSV)
            .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .retrieve()
            .body(Map.class);
    assertThat(again.get("created")).isEqualTo(0);
    assertThat(again.get("updated")).isEqualTo(1);
  }

  @Test
  void theDailyDigestIsOffByDefaultAndChosenThroughTheApiOrTheCsvColumn() {
    String plain =
        Officials.register(
            http, "Vì Văn Thắng", "XA-NAM-KE", "UNIT_HEAD", "thang@namke.test.vn", null);
    String opted =
        Officials.register(
            http, "Lò Thị Én", "XA-NAM-KE", "UNIT_HEAD", "en@namke.test.vn", null, true);
    assertThat(http.get().uri("/api/v1/contacts/" + plain).retrieve().body(Map.class).get("digest"))
        .isEqualTo(false);
    assertThat(http.get().uri("/api/v1/contacts/" + opted).retrieve().body(Map.class).get("digest"))
        .isEqualTo(true);

    String csv =
        """
        Họ và tên,Mã đơn vị,Vai trò,Email,Thư tổng hợp
        Vì Văn Thắng,XA-NAM-KE,Thủ trưởng,thang@namke.test.vn,Có
        Lò Thị Én,XA-NAM-KE,Thủ trưởng,en@namke.test.vn,
        Giàng A Dế,XA-NAM-KE,Thủ trưởng,de@namke.test.vn,hằng tuần
        """;
    var report =
        http.post()
            .uri("/api/v1/contacts/import")
            .contentType(CSV)
            .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .retrieve()
            .body(Map.class);

    assertThat((List<Map<String, Object>>) report.get("errors"))
        .as("%s", report)
        .extracting(e -> e.get("row") + ":" + e.get("field"))
        .containsExactly("4:digest");
    assertThat(http.get().uri("/api/v1/contacts/" + plain).retrieve().body(Map.class).get("digest"))
        .isEqualTo(true);
    assertThat(http.get().uri("/api/v1/contacts/" + opted).retrieve().body(Map.class).get("digest"))
        .as("an empty cell keeps the official's choice")
        .isEqualTo(true);
    assertThat(contactsOf("XA-NAM-KE"))
        .extracting(c -> c.get("fullName"))
        .doesNotContain("Giàng A Dế");
  }

  @Test
  void refusesAFileWithoutTheRequiredColumns() {
    var response =
        http.post()
            .uri("/api/v1/contacts/import")
            .contentType(CSV)
            .body("ten,email\nA,a@b.vn\n")
            .retrieve()
            .toEntity(Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat((List<Map<String, String>>) response.getBody().get("errors"))
        .extracting(e -> e.get("field"))
        .contains("file");
  }

  @Test
  void theDeliveryLogRefusesAnUnknownStatus() {
    var response =
        http.get().uri("/api/v1/notifications?status=LOST").retrieve().toEntity(Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
  }

  private List<Map<String, Object>> contactsOf(String unitId) {
    return items("/api/v1/contacts?unitId=" + unitId);
  }
}
