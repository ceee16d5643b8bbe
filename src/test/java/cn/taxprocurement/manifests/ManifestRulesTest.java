package cn.taxprocurement.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every manifest under k8s/ parses into typed Kubernetes objects, and every overlay keeps the deployment rules. */
class ManifestRulesTest {
    private static final Path K8S = Path.of("../k8s");
    private static final List<Secret> SECRETS = Kustomize.read(K8S.resolve("secrets.template.yaml")).stream()
            .map(Secret.class::cast)
            .toList();

    @Test
    void everyManifestFileParsesIntoTypedObjects() throws IOException {
        List<Path> manifests;
        try (Stream<Path> files = Files.walk(K8S)) {
            manifests = files.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> !file.getFileName().toString().equals("kustomization.yaml"))
                    .toList();
        }
        assertThat(manifests).hasSizeGreaterThanOrEqualTo(10);
        for (Path manifest : manifests) {
            assertThat(Kustomize.read(manifest)).as(manifest.toString()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void everyRenderingKeepsTheRules(String kustomization) {
        List<HasMetadata> rendered = Kustomize.render(K8S.resolve(kustomization));
        assertThat(ManifestRules.broken(rendered, SECRETS)).isEmpty();
    }

    @Test
    void productionRunsThreeReplicasOfThePinnedImageInItsNamespaceOnAnExternalDatabase() {
        List<HasMetadata> prod = Kustomize.render(K8S.resolve("overlays/prod"));
        Deployment service = serviceDeployment(prod);
        assertThat(service.getSpec().getReplicas()).isEqualTo(3);
        assertThat(service.getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)
                        .getImage())
                .isEqualTo("registry.example.cn/tax-procurement/service:1.0.0");
        assertThat(prod).allSatisfy(object -> assertThat(object.getMetadata().getNamespace())
                .isEqualTo("tax-procurement"));
        assertThat(prod).extracting(HasMetadata::getKind).doesNotContain("StatefulSet", "Secret");
    }

    @Test
    void devRunsItsOwnMySqlOnAPersistentVolume() {
        List<HasMetadata> dev = Kustomize.render(K8S.resolve("overlays/dev"));
        assertThat(dev)
                .filteredOn(object -> object.getKind().equals("StatefulSet"))
                .singleElement()
                .satisfies(mysql -> assertThat(((io.fabric8.kubernetes.api.model.apps.StatefulSet) mysql)
                                .getSpec()
                                .getVolumeClaimTemplates())
                        .isNotEmpty());
    }

    @Test
    void theGrantsTheInitContainerAppliesAreTheOnesInTheDatabaseFolder() throws IOException {
        ConfigMap grants = Kustomize.render(K8S.resolve("overlays/prod")).stream()
                .filter(object -> object.getMetadata().getName().equals("tax-procurement-db-grants"))
                .map(ConfigMap.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(grants.getData().get("grants.sql")).isEqualTo(Files.readString(K8S.resolve("database/grants.sql")));
    }

    @Test
    void theSecretTemplateHoldsNoValues() {
        assertThat(SECRETS).isNotEmpty().allSatisfy(secret -> assertThat(secret.getStringData())
                .isNotEmpty()
                .allSatisfy((key, value) -> assertThat(value).as(key).isEqualTo("REPLACE-ME")));
    }

    // The rules can fail: each broken variant of the production rendering is caught.

    @Test
    void aLatestImageIsCaught() {
        assertThat(brokenAfter(objects ->
                        serviceContainer(objects).setImage("registry.example.cn/tax-procurement/service:latest")))
                .anyMatch(rule -> rule.contains("has no pinned tag"));
        assertThat(brokenAfter(
                        objects -> serviceContainer(objects).setImage("registry.example.cn/tax-procurement/service")))
                .anyMatch(rule -> rule.contains("has no pinned tag"));
    }

    @Test
    void aProbeOnAnotherPathOrPortIsCaught() {
        assertThat(brokenAfter(objects -> serviceContainer(objects)
                        .getReadinessProbe()
                        .getHttpGet()
                        .setPath("/health")))
                .anyMatch(rule -> rule.contains("readiness probe: path /health"));
        assertThat(brokenAfter(objects -> serviceContainer(objects)
                        .getLivenessProbe()
                        .getHttpGet()
                        .setPort(new IntOrString(9000))))
                .anyMatch(rule -> rule.contains("liveness probe: port"));
    }

    @Test
    void aMissingLimitIsCaught() {
        assertThat(brokenAfter(objects ->
                        serviceContainer(objects).getResources().getLimits().remove("memory")))
                .anyMatch(rule -> rule.contains("no memory limit"));
    }

    @Test
    void anInlinePasswordIsCaught() {
        assertThat(brokenAfter(objects -> serviceContainer(objects)
                        .getEnv()
                        .add(new EnvVar("QUARKUS_DATASOURCE_PASSWORD", "hunter2", null))))
                .anyMatch(rule -> rule.contains("QUARKUS_DATASOURCE_PASSWORD is written inline"));
    }

    @Test
    void aWritableRootFilesystemOrAMountedTokenOrRootIsCaught() {
        assertThat(brokenAfter(objects ->
                        serviceContainer(objects).getSecurityContext().setReadOnlyRootFilesystem(false)))
                .anyMatch(rule -> rule.contains("root filesystem not read-only"));
        assertThat(brokenAfter(objects -> serviceDeployment(objects)
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .setAutomountServiceAccountToken(null)))
                .anyMatch(rule -> rule.contains("service-account token is mounted"));
        assertThat(brokenAfter(objects -> serviceDeployment(objects)
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getSecurityContext()
                        .setRunAsNonRoot(false)))
                .anyMatch(rule -> rule.contains("may run as root"));
    }

    @Test
    void oneReplicaOrNoDisruptionBudgetIsCaught() {
        assertThat(brokenAfter(objects -> serviceDeployment(objects).getSpec().setReplicas(1)))
                .anyMatch(rule -> rule.contains("fewer than 2 replicas"));
        assertThat(brokenAfter(objects -> objects.removeIf(PodDisruptionBudget.class::isInstance)))
                .anyMatch(rule -> rule.contains("no PodDisruptionBudget"));
    }

    @Test
    void aNetworkPolicyOpenToEveryoneIsCaught() {
        assertThat(brokenAfter(objects -> objects.stream()
                        .filter(NetworkPolicy.class::isInstance)
                        .map(NetworkPolicy.class::cast)
                        .filter(policy -> policy.getMetadata().getName().equals("tax-procurement"))
                        .forEach(policy ->
                                policy.getSpec().getIngress().get(0).getFrom().add(new NetworkPolicyPeer()))))
                .anyMatch(rule -> rule.contains("admits more than the ingress controller"));
    }

    @Test
    void aMisspeltFieldIsCaught() {
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: typo}
                spec:
                  template:
                    spec:
                      containers:
                        - name: service
                          image: example/service:1.0.0
                          readinesProbe: {httpGet: {path: /q/health/ready, port: 8080}}
                """;
        assertThat(brokenAfter(objects -> objects.add(Kustomize.typed(yaml(deployment)))))
                .anyMatch(rule -> rule.contains("unknown fields [readinesProbe]"));
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThatThrownBy(() -> Kustomize.typed(yaml("apiVersion: apps/v1\nkind: Deploymnet\nmetadata: {name: x}\n")))
                .hasMessageContaining("not a known Kubernetes kind");
    }

    private static List<String> brokenAfter(Consumer<List<HasMetadata>> breaking) {
        List<HasMetadata> objects = new ArrayList<>(Kustomize.render(K8S.resolve("overlays/prod")));
        breaking.accept(objects);
        return ManifestRules.broken(objects, SECRETS);
    }

    private static Deployment serviceDeployment(List<HasMetadata> objects) {
        return objects.stream()
                .filter(Deployment.class::isInstance)
                .map(Deployment.class::cast)
                .filter(d -> d.getMetadata().getName().equals(ManifestRules.SERVICE))
                .findFirst()
                .orElseThrow();
    }

    private static Container serviceContainer(List<HasMetadata> objects) {
        return serviceDeployment(objects).getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals("service"))
                .findFirst()
                .orElseThrow();
    }

    private static com.fasterxml.jackson.databind.JsonNode yaml(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper(
                            new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                    .readTree(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
