package vn.dienbien.portal.admin;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What the portal checks of an uploaded CSV before sending it on: a file that is there, not too
 * large, named .csv, UTF-8, with a data row under its header. What the rows say is the services' to
 * judge, row by row.
 */
final class CsvUpload {

  /** 1 MB: some 5 000 rows of officials, far more than the province's units. */
  static final long MAX_BYTES = 1024 * 1024;

  private CsvUpload() {}

  /** Why the file cannot be sent, in Vietnamese, or empty when it can. */
  static Optional<String> problem(String fileName, byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      return Optional.of("Chưa chọn tệp hoặc tệp rỗng: hãy chọn một tệp CSV.");
    }
    if (bytes.length > MAX_BYTES) {
      return Optional.of("Tệp lớn hơn 1 MB: hãy chia thành nhiều tệp nhỏ hơn.");
    }
    if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return Optional.of(
          "Chỉ nhận tệp .csv (trong Excel: Lưu thành, chọn \"CSV UTF-8 (phân cách bằng dấu"
              + " phẩy)\").");
    }
    String text = utf8(bytes);
    if (text == null) {
      return Optional.of(
          "Tệp không phải bảng mã UTF-8 nên tiếng Việt sẽ bị lỗi phông: hãy lưu lại dạng \"CSV"
              + " UTF-8\" rồi tải lên.");
    }
    if (text.strip().lines().filter(line -> !line.isBlank()).count() < 2) {
      return Optional.of("Tệp chỉ có dòng tiêu đề hoặc không có dòng dữ liệu nào.");
    }
    return Optional.empty();
  }

  /** The text of the file, or null when it is not UTF-8. */
  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
