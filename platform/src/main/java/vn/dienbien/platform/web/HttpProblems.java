package vn.dienbien.platform.web;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/**
 * The problem details of requests refused for how they were sent rather than what they hold: too
 * large, wrong method or media type, unreadable multipart, a duplicate record. {@link
 * ProblemDetailsAdvice} sends them.
 */
final class HttpProblems {

  private HttpProblems() {}

  static ProblemDetail tooLarge(String detail) {
    return Problems.of(
        HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Dữ liệu quá lớn", detail, List.of());
  }

  static ProblemDetail duplicate() {
    return Problems.of(
        HttpStatus.CONFLICT, "duplicate", "Dữ liệu đã tồn tại", "Bản ghi đã tồn tại", List.of());
  }

  /** A multipart request Tomcat could not parse (no boundary, truncated, not multipart at all). */
  static ProblemDetail multipart() {
    return Problems.invalid(
        List.of(
            new ApiProblem.FieldError(
                "body",
                "không đọc được nội dung multipart",
                "multipart/form-data có boundary, các phần đúng tên và đủ nội dung",
                null)));
  }

  static ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e) {
    String allowed =
        e.getSupportedHttpMethods() == null
            ? ""
            : e.getSupportedHttpMethods().stream()
                .map(Object::toString)
                .sorted()
                .collect(Collectors.joining(", "));
    return Problems.of(
        HttpStatus.METHOD_NOT_ALLOWED,
        "method-not-allowed",
        StandardTitles.of(HttpStatus.METHOD_NOT_ALLOWED),
        "Đường dẫn này chỉ hỗ trợ phương thức: " + allowed,
        List.of());
  }

  static ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
    List<String> supported = names(e.getSupportedMediaTypes());
    return Problems.of(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "unsupported-media-type",
        StandardTitles.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
        "Kiểu nội dung (Content-Type) không được hỗ trợ; hãy gửi: " + String.join(", ", supported),
        oneOf("Content-Type", "kiểu nội dung không được hỗ trợ", supported));
  }

  static ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
    return Problems.of(
        HttpStatus.NOT_ACCEPTABLE,
        "not-acceptable",
        StandardTitles.of(HttpStatus.NOT_ACCEPTABLE),
        "Không trả về được định dạng yêu cầu trong header Accept",
        oneOf("Accept", "định dạng phản hồi không được hỗ trợ", names(e.getSupportedMediaTypes())));
  }

  private static List<String> names(List<MediaType> types) {
    return types.stream().map(MediaType::toString).distinct().toList();
  }

  /** The one header at fault, and the media types it may name. */
  private static List<ApiProblem.FieldError> oneOf(
      String header, String message, List<String> supported) {
    return List.of(
        new ApiProblem.FieldError(header, message, "một trong các kiểu cho phép", supported));
  }
}
