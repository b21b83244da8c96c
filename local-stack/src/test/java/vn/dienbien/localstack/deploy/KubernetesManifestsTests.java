package vn.dienbien.localstack.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienbien.localstack.deploy.Yaml.at;
import static vn.dienbien.localstack.deploy.Yaml.list;
import static vn.dienbien.localstack.deploy.Yaml.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dienbien.localstack.ServiceSpec;

/** deploy/kubernetes, parsed: every workload is probed, sized, budgeted and reachable. */
class KubernetesManifestsTests {

  private static final Path DIR = Yaml.REPOSITORY.resolve("deploy/kubernetes");

  private List<Map<String, Object>> documents;

  @BeforeEach
  void load() throws IOException {
    documents = new ArrayList<>();
    for (Object resource : list(Yaml.load(DIR.resolve("kustomization.yaml")).get("resources"))) {
      documents.addAll(Yaml.loadAll(DIR.resolve((String) resource)));
    }
  }

  @Test
  void kustomizationListsEveryManifestButTheSecretsExample() throws IOException {
    List<Object> resources = list(Yaml.load(DIR.resolve("kustomization.yaml")).get("resources"));
    try (Stream<Path> files = Files.list(DIR)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .filteredOn(f -> f.endsWith(".yaml"))
          .containsExactlyInAnyOrderElementsOf(
              Stream.concat(
                      resources.stream().map(String::valueOf),
                      Stream.of("kustomization.yaml", "secrets.example.yaml"))
                  .toList());
    }
  }

  @Test
  void everyWorkloadHasProbesResourcesADisruptionBudgetAndAService() {
    assertThat(ManifestRules.problems(documents)).isEmpty();
  }

  @Test
  void theRulesReportAWorkloadWithoutProbesLimitsOrBudget() {
    Map<String, Object> bare =
        Map.of(
            "kind", "Deployment",
            "metadata", Map.of("name", "bare"),
            "spec",
                Map.of(
                    "replicas", 1,
                    "selector", Map.of("matchLabels", Map.of("app", "bare")),
                    "template",
                        Map.of(
                            "spec",
                            Map.of(
                                "containers",
                                List.of(
                                    Map.of(
                                        "name",
                                        "app",
                                        "resources",
                                        Map.of("requests", Map.of("cpu", "1"))))))));
    assertThat(ManifestRules.problems(List.of(bare)))
        .contains(
            "bare: fewer than 2 replicas",
            "bare/app: no readinessProbe on /actuator/health/readiness",
            "bare/app: no livenessProbe on /actuator/health/liveness",
            "bare/app: no memory requests",
            "bare/app: no cpu limits",
            "bare: no PodDisruptionBudget selects its pods",
            "bare: no Service selects its pods");
  }

  @Test
  void everyPlatformServiceRunsOnItsPortFromTheClusterAndWaitsForTheTopics() {
    for (ServiceSpec spec : ServiceSpec.platformServices()) {
      Map<String, Object> deployment =
          ManifestRules.ofKind(documents, "Deployment").stream()
              .filter(d -> spec.name().equals(at(d, "metadata", "name")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no Deployment " + spec.name()));
      Map<String, Object> pod = map(at(deployment, "spec", "template", "spec"));
      Map<String, Object> container = map(list(pod.get("containers")).getFirst());
      assertThat(at(map(list(container.get("ports")).getFirst()), "containerPort"))
          .isEqualTo(spec.port());
      assertThat(list(pod.get("initContainers")).toString()).contains("ApplyTopics --verify");
    }
    assertThat(ManifestRules.ofKind(documents, "Job").toString())
        .contains("ApplyTopics --policy=production");
  }
}
