package vn.dienbien.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;

/**
 * The file formats of every table export ({@code format=xlsx|csv}, any case), one parameter for all
 * services: a client that sends {@code XLSX} to one service and {@code xlsx} to another gets the
 * same file from both, and anything else gets a 400 naming the allowed values.
 */
public enum ExportFormat {
  XLSX(
      "xlsx",
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
  CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8));

  public static final String PARAMETER = "format";

  private final String extension;
  private final MediaType mediaType;

  ExportFormat(String extension, MediaType mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** Reads the parameter case-insensitively; null or blank means the default, xlsx. */
  public static ExportFormat parse(String value) {
    if (value == null || value.isBlank()) {
      return XLSX;
    }
    String wanted = value.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(f -> f.extension.equals(wanted))
        .findFirst()
        .orElseThrow(() ->
            ApiProblem.invalidField(
                PARAMETER,
                "định dạng \"" + value + "\" không được hỗ trợ; chọn xlsx hoặc csv",
                "xlsx hoặc csv (không phân biệt chữ hoa, chữ thường)",
                allowed()));
  }

  public static List<String> allowed() {
    return Arrays.stream(values()).map(ExportFormat::extension).toList();
  }

  public String extension() {
    return extension;
  }

  public MediaType mediaType() {
    return mediaType;
  }
}
