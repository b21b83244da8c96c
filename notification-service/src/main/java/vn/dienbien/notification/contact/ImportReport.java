package vn.dienbien.notification.contact;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What a CSV import did, row by row, so the clerk can fix the rejected rows and import again. */
@Schema(description = "Kết quả nhập danh sách cán bộ từ tệp CSV")
public record ImportReport(
    int rows, int created, int updated, int rejected, boolean dryRun, List<RowError> errors) {

  /** One problem of one data row; {@code row} counts lines of the file, the header being line 1. */
  public record RowError(
      @Schema(example = "3") int row,
      @Schema(example = "mobile") String field,
      @Schema(example = "không phải số điện thoại di động Việt Nam hợp lệ") String message) {}
}
