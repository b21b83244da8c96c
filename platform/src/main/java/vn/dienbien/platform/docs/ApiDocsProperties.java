package vn.dienbien.platform.docs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.api.*}: how a service's OpenAPI document names itself.
 *
 * @param title e.g. "Dịch vụ báo cáo (report-service)"
 * @param description what the service does, in Vietnamese
 * @param version the API's version shown in Swagger UI
 */
@ConfigurationProperties("platform.api")
public record ApiDocsProperties(String title, String description, String version) {

  public ApiDocsProperties {
    title = title == null || title.isBlank() ? "API" : title;
    description = description == null ? "" : description;
    version = version == null || version.isBlank() ? "v1" : version;
  }
}
