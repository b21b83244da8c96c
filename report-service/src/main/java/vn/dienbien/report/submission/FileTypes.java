package vn.dienbien.report.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Recognises the evidence types we accept by their content, not their name: PDF, JPEG and PNG by
 * magic bytes; DOCX and XLSX as ZIP packages holding {@code word/} or {@code xl/} parts.
 */
final class FileTypes {

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  private FileTypes() {}

  /** The media type of {@code content}, or empty if it is not an allowed type. */
  static Optional<String> sniff(byte[] content) {
    if (startsWith(content, PDF)) {
      return Optional.of("application/pdf");
    }
    if (startsWith(content, PNG)) {
      return Optional.of("image/png");
    }
    if (startsWith(content, JPEG)) {
      return Optional.of("image/jpeg");
    }
    return startsWith(content, ZIP) ? officePackage(content) : Optional.empty();
  }

  private static Optional<String> officePackage(byte[] content) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().startsWith("word/")) {
          return Optional.of(
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        if (entry.getName().startsWith("xl/")) {
          return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
      }
    } catch (IOException | IllegalArgumentException notAZip) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length
        && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }
}
