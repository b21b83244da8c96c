package vn.dienbien.platform.docs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Arrays;
import java.util.Set;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.method.HandlerMethod;
import vn.dienbien.platform.web.PageParams;
import vn.dienbien.platform.web.PageQuery;

/**
 * Per operation: the paging parameters of list endpoints (contract C1), no identity headers (with
 * security on the platform sets {@code X-User-Id}, {@code X-Unit-Id}, {@code X-Roles} from the
 * token, whatever a client sends), and the content type of each JSON part of a multipart body.
 */
final class ApiOperationCustomizer implements OperationCustomizer {

  static final Set<String> IDENTITY_HEADERS = Set.of("X-User-Id", "X-Unit-Id", "X-Roles");

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    if (operation.getParameters() != null) {
      operation
          .getParameters()
          .removeIf(p -> "header".equals(p.getIn()) && IDENTITY_HEADERS.contains(p.getName()));
    }
    Arrays.stream(handler.getMethodParameters())
        .filter(p -> p.getParameterType() == PageQuery.class)
        .findFirst()
        .ifPresent(p -> addPaging(operation, p));
    encodeMultipartParts(operation);
    return operation;
  }

  private static void addPaging(Operation operation, MethodParameter parameter) {
    PageParams params = parameter.getParameterAnnotation(PageParams.class);
    int maxSize = params == null ? PageQuery.MAX_SIZE : params.maxSize();
    int defaultSize = params == null ? PageQuery.DEFAULT_SIZE : params.defaultSize();
    operation.addParametersItem(
        new Parameter()
            .in("query")
            .name("page")
            .description("Số trang, bắt đầu từ 0")
            .schema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO)._default(0)));
    operation.addParametersItem(
        new Parameter()
            .in("query")
            .name("size")
            .description("Số mục mỗi trang, 1–" + maxSize)
            .schema(
                new IntegerSchema()
                    .minimum(java.math.BigDecimal.ONE)
                    .maximum(java.math.BigDecimal.valueOf(maxSize))
                    ._default(defaultSize)));
    if (params != null && params.sort().length > 0) {
      operation.addParametersItem(sortParameter(params));
    }
  }

  private static Parameter sortParameter(PageParams params) {
    return new Parameter()
        .in("query")
        .name("sort")
        .description(
            "Sắp xếp: thuộc tính[,asc|desc], lặp lại được; thuộc tính cho phép: "
                + String.join(", ", params.sort())
                + (params.defaultSort().isEmpty() ? "" : "; mặc định " + params.defaultSort()))
        .example(params.sort()[0] + ",asc")
        .schema(
            new StringSchema()
                .pattern("^(" + String.join("|", params.sort()) + ")(,(asc|desc))?$"));
  }

  @SuppressWarnings("rawtypes")
  private static void encodeMultipartParts(Operation operation) {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
      return;
    }
    MediaType multipart = operation.getRequestBody().getContent().get("multipart/form-data");
    if (multipart == null || multipart.getSchema() == null) {
      return;
    }
    java.util.Map<String, Schema> properties = multipart.getSchema().getProperties();
    if (properties == null) {
      return;
    }
    properties.forEach((name, schema) -> {
      boolean json = schema.get$ref() != null || "object".equals(schema.getType());
      boolean binary =
          "binary".equals(schema.getFormat())
              || schema.getItems() != null && "binary".equals(schema.getItems().getFormat());
      if (json) {
        multipart.addEncoding(name, new Encoding().contentType("application/json"));
      } else if (binary) {
        multipart.addEncoding(name, new Encoding().contentType("application/octet-stream"));
      }
    });
  }
}
