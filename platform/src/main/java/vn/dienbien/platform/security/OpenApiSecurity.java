package vn.dienbien.platform.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Tells Swagger UI how to get a token: the authorization-code flow with PKCE against the issuer
 * (the "Authorize" button), or a pasted bearer token from the demo endpoint.
 */
final class OpenApiSecurity implements OpenApiCustomizer {

  private final PlatformSecurityProperties properties;

  OpenApiSecurity(PlatformSecurityProperties properties) {
    this.properties = properties;
  }

  @Override
  public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
    var code =
        new OAuthFlow()
            .authorizationUrl(properties.authorizationUrl())
            .tokenUrl(properties.tokenUrl())
            .scopes(new Scopes().addString("openid", "Danh tính người dùng"));
    var components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
    components
        .addSecuritySchemes(
            "dang-nhap",
            new SecurityScheme()
                .type(SecurityScheme.Type.OAUTH2)
                .description("Đăng nhập bằng tài khoản của cơ quan, đơn vị")
                .flows(new OAuthFlows().authorizationCode(code)))
        .addSecuritySchemes(
            "ma-truy-cap",
            new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("Dán mã truy cập (JWT) đã lấy được"));
    openApi
        .components(components)
        .addSecurityItem(new SecurityRequirement().addList("dang-nhap"))
        .addSecurityItem(new SecurityRequirement().addList("ma-truy-cap"));
  }
}
