package vn.dienbien.platform.web;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;

/** Finds the JSON path of the field Jackson could not read, to name it in the problem. */
final class JsonErrors {

  private JsonErrors() {}

  static String fieldOf(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    while (cause != null) {
      if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
        StringBuilder path = new StringBuilder();
        for (var ref : databind.getPath()) {
          if (ref.getPropertyName() != null) {
            path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
          } else if (ref.getIndex() >= 0) {
            path.append('[').append(ref.getIndex()).append(']');
          }
        }
        return path.isEmpty() ? null : path.toString();
      }
      cause = cause.getCause();
    }
    return null;
  }
}
