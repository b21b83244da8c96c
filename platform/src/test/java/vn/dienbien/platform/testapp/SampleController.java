package vn.dienbien.platform.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dienbien.platform.validation.CleanText;
import vn.dienbien.platform.web.ApiProblem;
import vn.dienbien.platform.web.PageParams;
import vn.dienbien.platform.web.PageQuery;
import vn.dienbien.platform.web.PagedResponse;

@RestController
@RequestMapping("/api/v1/samples")
class SampleController {

  enum State {
    OPEN,
    CLOSED
  }

  record SampleRequest(
      @NotBlank @CleanText String title,
      @Min(0) @Max(100) int progress,
      LocalDate dueDate,
      State state,
      List<String> tags) {}

  record Sample(int number, String title) {}

  /** 1,234 samples: more than two default pages and more than the old 500-row cut. */
  static final List<Sample> ALL =
      IntStream.rangeClosed(1, 1234).mapToObj(i -> new Sample(i, "Mẫu " + i)).toList();

  @PostMapping
  SampleRequest create(@Valid @RequestBody SampleRequest request) {
    if (request.title().equals("trùng")) {
      throw ApiProblem.conflict("duplicate-sample", "Mẫu đã tồn tại");
    }
    return request;
  }

  @GetMapping
  PagedResponse<Sample> list(
      @RequestParam(required = false) State state,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @PageParams(
              sort = {"number", "title"},
              defaultSort = "number,asc")
          PageQuery page) {
    List<Sample> sorted = new ArrayList<>(ALL);
    if (!page.sort().isEmpty() && !page.sort().get(0).ascending()) {
      sorted.sort(Comparator.comparingInt(Sample::number).reversed());
    }
    return PagedResponse.ofAll(sorted, page);
  }

  @PostMapping(path = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  Map<String, Object> upload(
      @Valid @RequestPart("meta") SampleRequest meta,
      @RequestPart(name = "files", required = false) List<MultipartFile> files) {
    return Map.of("title", meta.title(), "files", files == null ? 0 : files.size());
  }
}
