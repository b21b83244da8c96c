package vn.dienbien.notification.unit;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Units known before directive-service has told us about them ({@code notification.units}).
 *
 * @param monitoringBody code of the body that monitors every directive (Ban Tuyên giáo và Dân vận)
 * @param seed unit code → name
 */
@ConfigurationProperties("notification.units")
record UnitsProperties(String monitoringBody, Map<String, String> seed) {

  UnitsProperties {
    monitoringBody = monitoringBody == null ? "BTGDV-TU" : monitoringBody;
    seed = seed == null ? Map.of() : Map.copyOf(seed);
  }
}
