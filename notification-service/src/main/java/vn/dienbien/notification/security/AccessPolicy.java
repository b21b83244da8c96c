package vn.dienbien.notification.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static vn.dienbien.platform.security.Role.ADMIN;
import static vn.dienbien.platform.security.Role.MONITOR;
import static vn.dienbien.platform.security.Role.UNIT_OFFICER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dienbien.platform.security.EndpointPolicy;
import vn.dienbien.platform.security.UnitFrom;

/**
 * Who may call what. No catch-all read: an endpoint added without a rule is refused (and the access
 * matrix test fails), since most of this service's data is about people.
 *
 * <ul>
 *   <li>Contacts hold officials' phone numbers and e-mail addresses: ADMIN only, reads included.
 *   <li>The delivery log: ADMIN and MONITOR (the monitoring body follows up undelivered reminders).
 *       Not UNIT_OFFICER, even scoped by {@code unitId}: a delivery's unit is the unit the event is
 *       about, not the recipient's, so a commune's log also holds the escalations sent to the
 *       monitoring body's officials (their names and titles in the text). Not VIEWER/EDITOR either:
 *       whether a reminder reached a person is operational data, not directive tracking.
 *   <li>A unit's reminder history ({@code /units/{unitId}/reminders}): only what was sent to that
 *       unit's own officials, so its officer may read it, for their own unit only.
 *   <li>The eSMS delivery-report callback: the gateway has no token; the controller checks the
 *       shared key of its callback URL instead.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class AccessPolicy {

  @Bean
  EndpointPolicy endpointPolicy() {
    return EndpointPolicy.builder()
        .allow(POST, "/api/v1/contacts", ADMIN)
        .allow(POST, "/api/v1/contacts/import", ADMIN)
        .allow(PUT, "/api/v1/contacts/{id}", ADMIN)
        .allow(DELETE, "/api/v1/contacts/{id}", ADMIN)
        .read("/api/v1/contacts", ADMIN)
        .read("/api/v1/contacts/{id}", ADMIN)
        // A unit's own officials' reminders: its officer reads only their own unit's.
        .allowOwnUnit(
            GET,
            "/api/v1/units/{unitId}/reminders",
            UnitFrom.path("unitId"),
            UNIT_OFFICER,
            ADMIN,
            MONITOR)
        .read("/api/v1/notifications", ADMIN, MONITOR)
        .read("/api/v1/notifications/{id}", ADMIN, MONITOR)
        .permitAnonymous(POST, "/api/v1/sms/delivery-reports/esms")
        .build();
  }
}
