package vn.dienbien.localstack.deploy;

import static vn.dienbien.localstack.deploy.Yaml.at;
import static vn.dienbien.localstack.deploy.Yaml.list;
import static vn.dienbien.localstack.deploy.Yaml.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every workload of the Kubernetes manifests must have: two replicas or more, startup,
 * liveness and readiness probes on the actuator health groups, CPU and memory requests and limits
 * on every container (init containers included), a PodDisruptionBudget and a Service selecting it.
 */
final class ManifestRules {

  private ManifestRules() {}

  static List<String> problems(List<Map<String, Object>> documents) {
    List<String> problems = new ArrayList<>();
    for (Map<String, Object> deployment : ofKind(documents, "Deployment")) {
      String name = String.valueOf(at(deployment, "metadata", "name"));
      Object labels = at(deployment, "spec", "selector", "matchLabels");
      if (!(at(deployment, "spec", "replicas") instanceof Integer n) || n < 2) {
        problems.add(name + ": fewer than 2 replicas");
      }
      Map<String, Object> pod = map(at(deployment, "spec", "template", "spec"));
      for (Object c : list(pod.get("containers"))) {
        probes(name, map(c), problems);
        resources(name, map(c), problems);
      }
      for (Object c : list(pod.get("initContainers"))) {
        resources(name, map(c), problems);
      }
      boolean budget =
          ofKind(documents, "PodDisruptionBudget").stream()
              .anyMatch(p ->
                  labels != null
                      && labels.equals(at(p, "spec", "selector", "matchLabels"))
                      && (at(p, "spec", "minAvailable") != null
                          || at(p, "spec", "maxUnavailable") != null));
      if (!budget) {
        problems.add(name + ": no PodDisruptionBudget selects its pods");
      }
      boolean service =
          ofKind(documents, "Service").stream()
              .anyMatch(s -> labels != null && labels.equals(at(s, "spec", "selector")));
      if (!service) {
        problems.add(name + ": no Service selects its pods");
      }
    }
    for (Map<String, Object> job : ofKind(documents, "Job")) {
      for (Object c : list(at(job, "spec", "template", "spec", "containers"))) {
        resources(String.valueOf(at(job, "metadata", "name")), map(c), problems);
      }
    }
    return problems;
  }

  static List<Map<String, Object>> ofKind(List<Map<String, Object>> documents, String kind) {
    return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
  }

  private static void probes(
      String workload, Map<String, Object> container, List<String> problems) {
    String name = workload + "/" + container.get("name");
    check(name, "startupProbe", container, "/actuator/health/liveness", problems);
    check(name, "livenessProbe", container, "/actuator/health/liveness", problems);
    check(name, "readinessProbe", container, "/actuator/health/readiness", problems);
  }

  private static void check(
      String name,
      String probe,
      Map<String, Object> container,
      String path,
      List<String> problems) {
    if (!path.equals(at(container, probe, "httpGet", "path"))) {
      problems.add(name + ": no " + probe + " on " + path);
    }
  }

  private static void resources(
      String workload, Map<String, Object> container, List<String> problems) {
    for (String kind : List.of("requests", "limits")) {
      for (String resource : List.of("cpu", "memory")) {
        if (at(container, "resources", kind, resource) == null) {
          problems.add(workload + "/" + container.get("name") + ": no " + resource + " " + kind);
        }
      }
    }
  }
}
