package vn.dienbien.platform.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dienbien.platform.validation.CleanText;
import vn.dienbien.platform.web.ApiProblem;

@RestController
@RequestMapping("/api/v1/samples")
class SampleController {

  record SampleRequest(@NotBlank @CleanText String title, @Min(0) @Max(100) int progress) {}

  @PostMapping
  SampleRequest create(@Valid @RequestBody SampleRequest request) {
    if (request.title().equals("trùng")) {
      throw ApiProblem.conflict("duplicate-sample", "Mẫu đã tồn tại");
    }
    return request;
  }
}
