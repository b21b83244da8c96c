package vn.dienbien.platform.docs;

import java.util.Optional;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import vn.dienbien.platform.security.EndpointPolicy;
import vn.dienbien.platform.web.PageQuery;

/**
 * What every service's API documents say: OpenAPI title and version, error responses, paging
 * parameters, multipart encodings, no identity headers; and the AsyncAPI document served at {@code
 * /asyncapi.yaml}.
 */
@AutoConfiguration
@ConditionalOnWebApplication
@ConditionalOnClass(OpenApiCustomizer.class)
@EnableConfigurationProperties(ApiDocsProperties.class)
@Import(AsyncApiController.class)
public class ApiDocsConfiguration {

  static {
    // PageQuery is resolved from page/size/sort; the operation customizer documents those.
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageQuery.class);
  }

  @Bean
  OpenApiCustomizer apiDocument(ApiDocsProperties properties) {
    return new ApiDocumentCustomizer(properties);
  }

  @Bean
  OpenApiCustomizer apiErrorResponses(ObjectProvider<EndpointPolicy> policy) {
    return new ApiResponsesCustomizer((method, path) ->
        Optional.ofNullable(policy.getIfAvailable())
            .flatMap(p -> p.match(method, path.replaceAll("\\{[^}]+}", "x")))
            .map(m -> m.rule().anonymous())
            .orElse(false));
  }

  @Bean
  OperationCustomizer apiOperations() {
    return new ApiOperationCustomizer();
  }
}
