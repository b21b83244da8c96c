package vn.dienbien.report.submission;

import java.io.IOException;

/**
 * One uploaded evidence file as the web layer hands it over: its name, its declared size and its
 * content, read only once the size is accepted.
 */
public record Upload(String filename, long size, Content content) {

  /** Reads the file's bytes. */
  @FunctionalInterface
  public interface Content {
    byte[] read() throws IOException;
  }
}
