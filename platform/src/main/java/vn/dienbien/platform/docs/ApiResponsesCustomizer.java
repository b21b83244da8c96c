package vn.dienbien.platform.docs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;

/**
 * The error answers every operation really gives, as problem+json: 400 (invalid input), 401 and 403
 * (unless the access policy lets anyone in), 404 where the path names a resource. Declared
 * responses are kept.
 */
final class ApiResponsesCustomizer implements OpenApiCustomizer {

  /** Whether {@code METHOD path} is open to callers without a token (from the EndpointPolicy). */
  private final BiFunction<HttpMethod, String, Boolean> anonymous;

  ApiResponsesCustomizer(BiFunction<HttpMethod, String, Boolean> anonymous) {
    this.anonymous = anonymous;
  }

  @Override
  public void customise(OpenAPI openApi) {
    if (openApi.getPaths() == null) {
      return;
    }
    openApi
        .getPaths()
        .forEach((path, item) -> {
          for (Map.Entry<PathItem.HttpMethod, Operation> entry :
              item.readOperationsMap().entrySet()) {
            HttpMethod method = HttpMethod.valueOf(entry.getKey().name());
            addErrors(entry.getValue(), path, anonymous.apply(method, path));
          }
        });
  }

  private static void addErrors(Operation operation, String path, boolean open) {
    ApiResponses responses =
        Optional.ofNullable(operation.getResponses()).orElseGet(ApiResponses::new);
    add(responses, "400", "Dữ liệu, tham số hoặc đường dẫn không hợp lệ");
    if (!open) {
      add(responses, "401", "Chưa đăng nhập, mã truy cập hết hạn hoặc không hợp lệ");
      add(responses, "403", "Tài khoản không có quyền (hoặc không thuộc đơn vị liên quan)");
    }
    if (path.contains("{")) {
      add(responses, "404", "Không tìm thấy");
    }
    operation.setResponses(responses);
  }

  private static void add(ApiResponses responses, String status, String description) {
    if (responses.containsKey(status)) {
      return;
    }
    responses.addApiResponse(
        status,
        new ApiResponse()
            .description(description)
            .content(
                new Content()
                    .addMediaType(
                        "application/problem+json",
                        new MediaType()
                            .schema(
                                new Schema<>()
                                    .$ref(
                                        "#/components/schemas/"
                                            + ApiDocumentCustomizer.PROBLEM)))));
  }
}
