package vn.dienbien.portal.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.http.HttpClient;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;
import vn.dienbien.portal.PortalProperties;

/**
 * Hands out an {@link Api} bound to the signed-in person's access token (refreshed when it has
 * expired). When there is no usable token the person signs in again ({@link SignInAgain}).
 */
@Component
public class Apis {

  static final String REGISTRATION = "portal";

  private final Map<Backend, RestClient> clients = new EnumMap<>(Backend.class);
  private final OAuth2AuthorizedClientManager manager;
  private final OAuth2AuthorizedClientRepository authorized;
  private final JsonMapper json;

  Apis(
      PortalProperties properties,
      RestClient.Builder builder,
      OAuth2AuthorizedClientManager manager,
      OAuth2AuthorizedClientRepository authorized,
      JsonMapper json) {
    this.manager = manager;
    this.authorized = authorized;
    this.json = json;
    var http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(properties.connectTimeout())
            .build();
    var factory = new JdkClientHttpRequestFactory(http);
    factory.setReadTimeout(properties.readTimeout());
    var urls = properties.services();
    clients.put(Backend.DIRECTIVE, client(builder, factory, urls.directive()));
    clients.put(Backend.REPORT, client(builder, factory, urls.report()));
    clients.put(Backend.MODEL_REGISTRY, client(builder, factory, urls.modelRegistry()));
    clients.put(Backend.NOTIFICATION, client(builder, factory, urls.notification()));
  }

  private static RestClient client(
      RestClient.Builder builder, JdkClientHttpRequestFactory factory, String baseUrl) {
    return builder.clone().baseUrl(baseUrl).requestFactory(factory).build();
  }

  /** The services as the person of the current request. */
  public Api current() {
    var attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
    HttpServletRequest request = attributes.getRequest();
    HttpServletResponse response = attributes.getResponse();
    Authentication person = SecurityContextHolder.getContext().getAuthentication();
    OAuth2AuthorizedClient client;
    try {
      client =
          manager.authorize(
              OAuth2AuthorizeRequest.withClientRegistrationId(REGISTRATION)
                  .principal(person)
                  .attribute(HttpServletRequest.class.getName(), request)
                  .attribute(HttpServletResponse.class.getName(), response)
                  .build());
    } catch (OAuth2AuthorizationException e) {
      throw new SignInAgain("Phiên đăng nhập đã hết hạn", e);
    }
    if (client == null || client.getAccessToken() == null) {
      throw new SignInAgain("Phiên đăng nhập đã hết hạn", null);
    }
    ApiTimings timings = (ApiTimings) request.getAttribute(ApiTimings.ATTRIBUTE);
    if (timings == null) {
      timings = new ApiTimings();
      request.setAttribute(ApiTimings.ATTRIBUTE, timings);
    }
    return new Api(clients, client.getAccessToken().getTokenValue(), json, timings);
  }

  /** Forgets the person's token (a service refused it), so the next sign-in fetches a new one. */
  public void forgetToken(HttpServletRequest request, HttpServletResponse response) {
    authorized.removeAuthorizedClient(
        REGISTRATION, SecurityContextHolder.getContext().getAuthentication(), request, response);
  }
}
