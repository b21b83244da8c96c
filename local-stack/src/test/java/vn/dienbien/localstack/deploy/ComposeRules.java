package vn.dienbien.localstack.deploy;

import static vn.dienbien.localstack.deploy.Yaml.list;
import static vn.dienbien.localstack.deploy.Yaml.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every docker-compose profile must hold, as docker compose would run it: the services a
 * profile enables (no profiles, or the profile named), each with a health check (one-shot jobs
 * excepted) and a memory limit, dependencies only on enabled services, and no host port twice.
 */
final class ComposeRules {

  private final Map<String, Object> services;

  ComposeRules(Map<String, Object> compose) {
    this.services = map(compose.get("services"));
  }

  /** The services {@code docker compose --profile <profile> up} starts. */
  Map<String, Map<String, Object>> enabled(String profile) {
    Map<String, Map<String, Object>> enabled = new LinkedHashMap<>();
    services.forEach((name, definition) -> {
      List<Object> profiles = list(map(definition).get("profiles"));
      if (profiles.isEmpty() || profiles.contains(profile)) {
        enabled.put(name, map(definition));
      }
    });
    return enabled;
  }

  static boolean oneShot(Map<String, Object> service) {
    return "no".equals(String.valueOf(service.get("restart")));
  }

  List<String> problems(String profile) {
    Map<String, Map<String, Object>> enabled = enabled(profile);
    List<String> problems = new ArrayList<>();
    Map<String, String> hostPorts = new HashMap<>();
    enabled.forEach((name, service) -> {
      if (!oneShot(service) && service.get("healthcheck") == null) {
        problems.add(profile + ": " + name + " has no healthcheck");
      }
      if (service.get("mem_limit") == null) {
        problems.add(profile + ": " + name + " has no mem_limit");
      }
      map(service.get("depends_on")).keySet().stream()
          .filter(dependency -> !enabled.containsKey(dependency))
          .forEach(d ->
              problems.add(profile + ": " + name + " depends on " + d + ", not in the profile"));
      for (Object port : list(service.get("ports"))) {
        String host = String.valueOf(port).replaceFirst(":[0-9]+$", "");
        String earlier = hostPorts.put(host, name);
        if (earlier != null) {
          problems.add(profile + ": " + name + " and " + earlier + " both publish " + host);
        }
      }
    });
    return problems;
  }
}
