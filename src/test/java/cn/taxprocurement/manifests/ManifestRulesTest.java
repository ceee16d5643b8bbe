package cn.taxprocurement.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
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
    private static final ObjectMapper JSON = new ObjectMapper();
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
    void anIngressThatRoutesEverythingOrCutsOffThePagesIsCaught() {
        assertThat(brokenAfter(objects -> servicePaths(objects).get(0).setPathType("Prefix")))
                .anyMatch(rule -> rule.contains("/q/metrics of tax-procurement is reachable from outside"))
                .anyMatch(rule -> rule.contains("/q/openapi of tax-procurement is reachable from outside"))
                .anyMatch(rule -> rule.contains("/q/swagger-ui/ of tax-procurement is reachable from outside"));
        assertThat(brokenAfter(objects -> servicePaths(objects)
                        .get(servicePaths(objects).size() - 1)
                        .setPath("/q")))
                .anyMatch(rule -> rule.contains("/q/metrics of tax-procurement is reachable from outside"))
                .noneMatch(rule -> rule.contains("does not reach"));
        assertThat(brokenAfter(objects -> servicePaths(objects).remove(0)))
                .anyMatch(rule -> rule.contains("Ingress: / does not reach tax-procurement"));
    }

    @Test
    void anIngressThatOpensKeycloaksAdminConsoleOrMasterRealmIsCaught() {
        assertThat(brokenAfter(objects -> keycloakPaths(objects).get(0).setPath("/")))
                .anyMatch(rule -> rule.contains("/admin/master/console/ of keycloak is reachable from outside"))
                .anyMatch(rule -> rule.contains("/realms/master/protocol/openid-connect/token of keycloak"));
        assertThat(brokenAfter(objects -> keycloakPaths(objects).get(0).setPath("/realms")))
                .anyMatch(rule -> rule.contains("/realms/master/account of keycloak is reachable from outside"))
                .noneMatch(rule -> rule.contains("/admin/"));
    }

    @Test
    void aRealmClientWithThePasswordGrantOfflineTokensOrNoAudienceIsCaught() {
        assertThat(brokenAfterRealm(realm -> client(realm, "procurement-cli").put("directAccessGrantsEnabled", true)))
                .anyMatch(rule -> rule.contains("client procurement-cli: the password grant is not turned off"));
        assertThat(brokenAfterRealm(realm -> client(realm, "procurement-cli").remove("optionalClientScopes")))
                .anyMatch(rule -> rule.contains("client procurement-cli: optionalClientScopes not listed"));
        assertThat(brokenAfterRealm(
                        realm -> ((ArrayNode) client(realm, "procurement-cli").get("optionalClientScopes"))
                                .add("offline_access")))
                .anyMatch(rule -> rule.contains("client procurement-cli: offers offline tokens"));
        assertThat(brokenAfterRealm(realm -> client(realm, "tax-procurement").remove("protocolMappers")))
                .anyMatch(
                        rule -> rule.contains("client tax-procurement: its access tokens do not name tax-procurement"));
    }

    @Test
    void aRealmWithAWrittenOrDefaultedClientSecretIsCaught() {
        assertThat(brokenAfterRealm(realm -> client(realm, "tax-procurement").put("secret", "change-me")))
                .anyMatch(rule -> rule.contains("client tax-procurement: the secret is written in the realm"));
        assertThat(brokenAfterRealm(realm ->
                        client(realm, "tax-procurement").put("secret", "${TAX_PROCUREMENT_CLIENT_SECRET:change-me}")))
                .anyMatch(rule -> rule.contains("client tax-procurement: the secret is written in the realm"));
        assertThat(brokenAfterRealm(realm -> client(realm, "tax-procurement").put("secret", "${SOME_OTHER_SECRET}")))
                .anyMatch(rule -> rule.contains("SOME_OTHER_SECRET is not set from a Secret"));
    }

    @Test
    void aRealmThatForgetsSignInFailuresIsCaught() {
        assertThat(brokenAfterRealm(realm -> realm.put("eventsEnabled", false)))
                .anyMatch(rule -> rule.contains("sign-in events are not recorded"));
        assertThat(brokenAfterRealm(realm -> realm.putArray("enabledEventTypes").add("LOGIN")))
                .anyMatch(rule -> rule.contains("LOGIN_ERROR events are not recorded"));
        assertThat(brokenAfterRealm(realm -> realm.put("eventsExpiration", 3600)))
                .anyMatch(rule -> rule.contains("events are kept less than 30 days"));
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

    /** The production rendering with its imported realm changed. */
    private static List<String> brokenAfterRealm(Consumer<ObjectNode> breaking) {
        return brokenAfter(objects -> {
            ConfigMap realmMap = objects.stream()
                    .filter(object -> object.getMetadata().getName().equals("keycloak-realm"))
                    .map(ConfigMap.class::cast)
                    .findFirst()
                    .orElseThrow();
            try {
                ObjectNode realm = (ObjectNode) JSON.readTree(realmMap.getData().get("procurement-realm.json"));
                breaking.accept(realm);
                realmMap.getData().put("procurement-realm.json", JSON.writeValueAsString(realm));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static ObjectNode client(ObjectNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return (ObjectNode) client;
            }
        }
        throw new IllegalArgumentException("no client " + clientId);
    }

    private static List<HTTPIngressPath> servicePaths(List<HasMetadata> objects) {
        return ingressRule(objects, 0).getHttp().getPaths();
    }

    private static List<HTTPIngressPath> keycloakPaths(List<HasMetadata> objects) {
        return ingressRule(objects, 1).getHttp().getPaths();
    }

    private static IngressRule ingressRule(List<HasMetadata> objects, int index) {
        return objects.stream()
                .filter(Ingress.class::isInstance)
                .map(Ingress.class::cast)
                .findFirst()
                .orElseThrow()
                .getSpec()
                .getRules()
                .get(index);
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
