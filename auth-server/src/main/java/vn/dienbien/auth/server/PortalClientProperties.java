package vn.dienbien.auth.server;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code auth.portal.*}: the web portal, a confidential client.
 *
 * @param origins where the portal runs (its sign-in and sign-out redirects are under these)
 * @param clientSecret its secret; the default is for the local demo only
 * @param refreshTokenTtl how long a person stays signed in to the portal without signing in again
 */
@ConfigurationProperties("auth.portal")
public record PortalClientProperties(
    List<String> origins, String clientSecret, Duration refreshTokenTtl) {}
