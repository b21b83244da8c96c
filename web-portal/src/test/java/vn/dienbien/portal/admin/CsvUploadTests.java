package vn.dienbien.portal.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the portal refuses of an uploaded CSV before any service sees it, in Vietnamese. */
class CsvUploadTests {

  private static final byte[] GOOD =
      "code,name,kind,level\nXA-MOI,Xã Mới,COMMUNE,COMMUNE\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void aReadableCsvWithADataRowPasses() {
    assertThat(CsvUpload.problem("don-vi.CSV", GOOD)).isEmpty();
  }

  @Test
  void anEmptyOrMissingFileIsRefused() {
    assertThat(CsvUpload.problem("a.csv", new byte[0]))
        .contains("Chưa chọn tệp hoặc tệp rỗng: hãy chọn một tệp CSV.");
    assertThat(CsvUpload.problem(null, null)).isPresent();
  }

  @Test
  void aFileOverOneMegabyteIsRefused() {
    assertThat(CsvUpload.problem("a.csv", new byte[(int) CsvUpload.MAX_BYTES + 1]))
        .contains("Tệp lớn hơn 1 MB: hãy chia thành nhiều tệp nhỏ hơn.");
    assertThat(CsvUpload.problem("a.csv", new byte[(int) CsvUpload.MAX_BYTES]))
        .as("exactly 1 MB is not over the limit (then refused for its content)")
        .isNotEqualTo(CsvUpload.problem("a.csv", new byte[(int) CsvUpload.MAX_BYTES + 1]));
  }

  @Test
  void aSpreadsheetThatIsNotCsvIsRefused() {
    assertThat(CsvUpload.problem("don-vi.xlsx", GOOD))
        .get()
        .asString()
        .startsWith("Chỉ nhận tệp .csv");
  }

  @Test
  void aFileInAnotherEncodingIsRefusedRatherThanStoredGarbled() {
    byte[] windows1258 = {'t', 'e', 'n', '\n', 'X', (byte) 0xE3, ' ', 'M', (byte) 0xFD, '\n'};
    assertThat(CsvUpload.problem("a.csv", windows1258))
        .get()
        .asString()
        .startsWith("Tệp không phải bảng mã UTF-8");
  }

  @Test
  void aHeaderWithoutDataRowsIsRefused() {
    assertThat(
            CsvUpload.problem("a.csv", "code,name,kind,level\n\n".getBytes(StandardCharsets.UTF_8)))
        .contains("Tệp chỉ có dòng tiêu đề hoặc không có dòng dữ liệu nào.");
  }
}
