package vn.dienbien.platform.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The document's own parts: the service's title, description and version instead of springdoc's
 * "OpenAPI definition v0", a link to the service's AsyncAPI document (shown by Swagger UI), and the
 * {@code Problem} schema every error response refers to.
 */
final class ApiDocumentCustomizer implements OpenApiCustomizer {

  static final String PROBLEM = "Problem";

  private final ApiDocsProperties properties;

  ApiDocumentCustomizer(ApiDocsProperties properties) {
    this.properties = properties;
  }

  @Override
  public void customise(OpenAPI openApi) {
    String events =
        "Sự kiện Kafka (CloudEvents 1.0) mà các dịch vụ phát và nhận: tài liệu AsyncAPI tại"
            + " [/asyncapi.yaml](/asyncapi.yaml). Lỗi trả về dạng application/problem+json"
            + " (RFC 9457), tiếng Việt, nêu từng trường sai, định dạng mong đợi và giá trị cho"
            + " phép. Danh sách được phân trang: page (từ 0), size (1–500, mặc định 50), sort.";
    openApi.info(
        new Info()
            .title(properties.title())
            .version(properties.version())
            .description(
                properties.description().isBlank()
                    ? events
                    : properties.description() + "\n\n" + events));
    openApi.externalDocs(
        new ExternalDocumentation()
            .description("Tài liệu AsyncAPI của luồng sự kiện")
            .url("/asyncapi.yaml"));
    Components components =
        openApi.getComponents() == null ? new Components() : openApi.getComponents();
    components.addSchemas(PROBLEM, problemSchema());
    openApi.components(components);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema<?> problemSchema() {
    Schema error =
        new ObjectSchema()
            .addProperty("field", new StringSchema().description("Trường hoặc tham số sai"))
            .addProperty("message", new StringSchema().description("Lý do, tiếng Việt"))
            .addProperty("expected", new StringSchema().description("Định dạng mong đợi"))
            .addProperty(
                "allowed",
                new ArraySchema().items(new StringSchema()).description("Các giá trị cho phép"));
    return new ObjectSchema()
        .description("Lỗi theo RFC 9457 (application/problem+json), tiếng Việt")
        .addProperty("type", new StringSchema().example("urn:vn:dienbien:problem:validation"))
        .addProperty("title", new StringSchema().example("Dữ liệu không hợp lệ"))
        .addProperty("status", new IntegerSchema().example(400))
        .addProperty("detail", new StringSchema().example("Trường dueDate: sai kiểu dữ liệu"))
        .addProperty("code", new StringSchema().example("validation"))
        .addProperty("errors", new ArraySchema().items(error));
  }
}
