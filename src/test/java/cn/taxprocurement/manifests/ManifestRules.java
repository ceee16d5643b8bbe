package cn.taxprocurement.manifests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressServiceBackend;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules every rendering of our manifests keeps, as a list of broken ones (empty when all hold): the service's pods
 * are probed on the health endpoints, run as non-root on a read-only root filesystem without a service-account token,
 * are at least two and kept so by a disruption budget and the autoscaler; every image is pinned; every container has
 * requests and limits; secrets come from Secrets; only the ingress controller reaches the service and only the service
 * reaches the database; the Ingress routes only the public paths (not /q/metrics, /q/openapi, /q/swagger-ui, nor
 * Keycloak's admin console or master realm); the imported realm issues tokens for the service only through clients
 * without the password grant or offline tokens, takes its client secret from a Secret and records sign-in failures.
 */
final class ManifestRules {
    static final String SERVICE = "tax-procurement";
    static final String READY = "/q/health/ready";
    static final String LIVE = "/q/health/live";
    private static final Pattern SECRET_NAME =
            Pattern.compile(".*(PASSWORD|PASSWD|SECRET|TOKEN|PRIVATE_KEY|SIGNING_KEY|PWD).*");
    private static final Pattern PINNED =
            Pattern.compile("[^:@]+(/[^:@]+)*(:[A-Za-z0-9_][A-Za-z0-9_.-]*|@sha256:[0-9a-f]{64})");
    private static final String INGRESS_NAMESPACE = "ingress-nginx";
    static final String KEYCLOAK = "keycloak";
    private static final List<String> SERVICE_PUBLIC =
            List.of("/", "/officer/projects", "/vendor/company", "/css/site.css", "/api/v1/projects", READY, LIVE);
    private static final List<String> SERVICE_INSIDE =
            List.of("/q/metrics", "/q/openapi", "/q/swagger-ui/", "/q/dev-ui/", "/q/info");
    private static final List<String> KEYCLOAK_PUBLIC = List.of(
            "/realms/procurement/protocol/openid-connect/auth", "/resources/abc12/login/keycloak.v2/css/styles.css");
    private static final List<String> KEYCLOAK_INSIDE = List.of(
            "/admin/master/console/",
            "/admin/realms/procurement/users",
            "/realms/master/protocol/openid-connect/token",
            "/realms/master/account");
    private static final String REALM_IMPORT = "/opt/keycloak/data/import";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final long MIN_EVENT_RETENTION_SECONDS = 30L * 24 * 3600;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<HasMetadata> objects;
    private final List<Secret> secretTemplates;
    private final List<String> broken = new ArrayList<>();

    private ManifestRules(List<HasMetadata> objects, List<Secret> secretTemplates) {
        this.objects = objects;
        this.secretTemplates = secretTemplates;
    }

    /** The broken rules of a rendering, given the Secrets it may refer to (the template's). */
    static List<String> broken(List<HasMetadata> objects, List<Secret> secretTemplates) {
        ManifestRules rules = new ManifestRules(objects, secretTemplates);
        rules.check();
        return rules.broken;
    }

    private void check() {
        objects.forEach(
                object -> noUnknownFields(object, object.getKind() + " " + name(object), new IdentityHashMap<>()));
        Optional<Deployment> service =
                of(Deployment.class).filter(d -> name(d).equals(SERVICE)).findFirst();
        if (service.isEmpty()) {
            broken.add("no Deployment " + SERVICE);
        } else {
            serviceDeployment(service.get());
        }
        of(Deployment.class)
                .forEach(d -> pods("Deployment " + name(d), d.getSpec().getTemplate()));
        of(StatefulSet.class)
                .forEach(s -> pods("StatefulSet " + name(s), s.getSpec().getTemplate()));
        of(ConfigMap.class).forEach(this::noSecretsIn);
        of(Ingress.class).forEach(this::backendsExist);
        onlyPublicPathsAreRouted();
        of(Deployment.class).filter(d -> name(d).equals(KEYCLOAK)).forEach(this::realms);
        of(StatefulSet.class)
                .filter(s -> "database".equals(labels(s.getSpec().getTemplate()).get("app.kubernetes.io/component")))
                .forEach(this::onlyTheServiceReachesTheDatabase);
    }

    private void serviceDeployment(Deployment deployment) {
        String where = "Deployment " + SERVICE;
        Integer replicas = deployment.getSpec().getReplicas();
        if (replicas == null || replicas < 2) {
            broken.add(where + ": fewer than 2 replicas");
        }
        if (!"RollingUpdate".equals(deployment.getSpec().getStrategy().getType())) {
            broken.add(where + ": not a rolling update");
        }
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Map<String, String> podLabels = labels(deployment.getSpec().getTemplate());
        Container container = pod.getContainers().stream()
                .filter(c -> c.getName().equals("service"))
                .findFirst()
                .orElse(null);
        if (container == null) {
            broken.add(where + ": no container named service");
            return;
        }
        probe(where + " readiness", container, container.getReadinessProbe(), Set.of(READY));
        probe(where + " liveness", container, container.getLivenessProbe(), Set.of(LIVE));
        probe(where + " startup", container, container.getStartupProbe(), Set.of(READY, LIVE));
        for (Container c : containers(pod)) {
            var security = c.getSecurityContext();
            if (security == null || !Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
                broken.add(where + " container " + c.getName() + ": root filesystem not read-only");
            }
            if (security == null || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
                broken.add(where + " container " + c.getName() + ": privilege escalation not refused");
            }
        }
        boolean tmpIsEmptyDir = container.getVolumeMounts().stream()
                .filter(mount -> mount.getMountPath().equals("/tmp"))
                .map(VolumeMount::getName)
                .anyMatch(volume ->
                        pod.getVolumes().stream().anyMatch(v -> v.getName().equals(volume) && v.getEmptyDir() != null));
        if (!tmpIsEmptyDir) {
            broken.add(where + ": /tmp is not an emptyDir volume");
        }
        List<PodDisruptionBudget> budgets = of(PodDisruptionBudget.class)
                .filter(pdb -> selects(pdb.getSpec().getSelector().getMatchLabels(), podLabels))
                .toList();
        if (budgets.isEmpty()) {
            broken.add(where + ": no PodDisruptionBudget selects its pods");
        }
        budgets.stream()
                .filter(pdb -> pdb.getSpec().getMinAvailable() != null
                        && pdb.getSpec().getMinAvailable().getIntVal() != null
                        && replicas != null
                        && pdb.getSpec().getMinAvailable().getIntVal() >= replicas)
                .forEach(pdb -> broken.add(where + ": PodDisruptionBudget " + name(pdb) + " lets no pod go"));
        List<HorizontalPodAutoscaler> autoscalers = of(HorizontalPodAutoscaler.class)
                .filter(hpa -> "Deployment"
                                .equals(hpa.getSpec().getScaleTargetRef().getKind())
                        && SERVICE.equals(hpa.getSpec().getScaleTargetRef().getName()))
                .toList();
        if (autoscalers.isEmpty()) {
            broken.add(where + ": no HorizontalPodAutoscaler targets it");
        }
        autoscalers.stream()
                .filter(hpa ->
                        hpa.getSpec().getMinReplicas() == null || hpa.getSpec().getMinReplicas() < 2)
                .forEach(hpa -> broken.add(where + ": HorizontalPodAutoscaler may scale below 2"));
        onlyTheIngressControllerReaches(podLabels);
    }

    private void probe(String where, Container container, Probe probe, Set<String> paths) {
        HTTPGetAction get = probe == null ? null : probe.getHttpGet();
        if (get == null) {
            broken.add(where + " probe: missing or not an HTTP GET");
            return;
        }
        if (!paths.contains(get.getPath())) {
            broken.add(where + " probe: path " + get.getPath() + " is not one of " + paths);
        }
        if (!isContainerPort(container, get.getPort())) {
            broken.add(where + " probe: port " + get.getPort() + " is not a port of the container");
        }
    }

    private static boolean isContainerPort(Container container, IntOrString port) {
        return port != null
                && container.getPorts().stream()
                        .anyMatch(p -> Objects.equals(p.getContainerPort(), port.getIntVal())
                                || (p.getName() != null && p.getName().equals(port.getStrVal())));
    }

    private void pods(String where, PodTemplateSpec template) {
        PodSpec pod = template.getSpec();
        if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
            broken.add(where + ": the service-account token is mounted");
        }
        PodSecurityContext podSecurity = pod.getSecurityContext();
        boolean podNonRoot = podSecurity != null && Boolean.TRUE.equals(podSecurity.getRunAsNonRoot());
        for (Container container : containers(pod)) {
            String in = where + " container " + container.getName();
            if (container.getImage() == null
                    || !PINNED.matcher(container.getImage()).matches()
                    || container.getImage().endsWith(":latest")) {
                broken.add(in + ": image " + container.getImage() + " has no pinned tag");
            }
            ResourceRequirements resources = container.getResources();
            for (String resource : List.of("cpu", "memory")) {
                if (resources == null
                        || resources.getRequests() == null
                        || !resources.getRequests().containsKey(resource)) {
                    broken.add(in + ": no " + resource + " request");
                }
                if (resources == null
                        || resources.getLimits() == null
                        || !resources.getLimits().containsKey(resource)) {
                    broken.add(in + ": no " + resource + " limit");
                }
            }
            boolean nonRoot = podNonRoot
                    || (container.getSecurityContext() != null
                            && Boolean.TRUE.equals(
                                    container.getSecurityContext().getRunAsNonRoot()));
            if (!nonRoot) {
                broken.add(in + ": may run as root");
            }
            for (EnvVar env : container.getEnv()) {
                if (SECRET_NAME.matcher(env.getName()).matches() && env.getValue() != null) {
                    broken.add(in + ": " + env.getName() + " is written inline, not taken from a Secret");
                }
                if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                    secretExists(in, env.getValueFrom().getSecretKeyRef());
                }
            }
            container.getEnvFrom().stream()
                    .filter(from -> from.getConfigMapRef() != null)
                    .forEach(from -> configMapExists(in, from.getConfigMapRef().getName()));
        }
        pod.getVolumes().stream()
                .map(Volume::getConfigMap)
                .filter(Objects::nonNull)
                .forEach(volume -> configMapExists(where, volume.getName()));
    }

    private void secretExists(String where, SecretKeySelector ref) {
        boolean known = secretTemplates.stream()
                .anyMatch(secret -> name(secret).equals(ref.getName())
                        && secret.getStringData().containsKey(ref.getKey()));
        if (!known) {
            broken.add(where + ": Secret " + ref.getName() + " key " + ref.getKey() + " is not in the template");
        }
    }

    private void configMapExists(String where, String name) {
        if (of(ConfigMap.class).noneMatch(configMap -> name(configMap).equals(name))) {
            broken.add(where + ": ConfigMap " + name + " is not part of the rendering");
        }
    }

    private void noSecretsIn(ConfigMap configMap) {
        if (configMap.getData() == null) {
            return;
        }
        configMap.getData().keySet().stream()
                .filter(key -> SECRET_NAME.matcher(key.toUpperCase()).matches())
                .forEach(key -> broken.add("ConfigMap " + name(configMap) + ": " + key + " belongs in a Secret"));
    }

    private void backendsExist(Ingress ingress) {
        ingress.getSpec().getRules().stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .map(path -> path.getBackend().getService())
                .forEach(backend -> {
                    Optional<Service> service = of(Service.class)
                            .filter(s -> name(s).equals(backend.getName()))
                            .findFirst();
                    if (service.isEmpty() || !hasPort(service.get(), backend)) {
                        broken.add("Ingress " + name(ingress) + ": no Service port " + backend.getName() + " "
                                + backend.getPort());
                    }
                });
    }

    /** The pages, the API and the health checks are routed to the service, its other /q/ paths are not; likewise Keycloak. */
    private void onlyPublicPathsAreRouted() {
        List<Ingress> ingresses = of(Ingress.class).toList();
        for (Ingress ingress : ingresses) {
            if (ingress.getSpec().getDefaultBackend() != null) {
                broken.add("Ingress " + name(ingress) + ": a default backend routes every path");
            }
            Map<String, String> annotations = ingress.getMetadata().getAnnotations() == null
                    ? Map.of()
                    : ingress.getMetadata().getAnnotations();
            annotations.keySet().stream()
                    .filter(key ->
                            key.endsWith("/use-regex") || key.endsWith("/rewrite-target") || key.endsWith("-snippet"))
                    .forEach(key -> broken.add(
                            "Ingress " + name(ingress) + ": " + key + " routes paths the rules cannot check"));
        }
        routes(ingresses, SERVICE, SERVICE_PUBLIC, SERVICE_INSIDE);
        if (of(Service.class).anyMatch(s -> name(s).equals(KEYCLOAK))) {
            routes(ingresses, KEYCLOAK, KEYCLOAK_PUBLIC, KEYCLOAK_INSIDE);
        }
    }

    private void routes(List<Ingress> ingresses, String backend, List<String> reachable, List<String> inside) {
        List<HTTPIngressPath> paths = ingresses.stream()
                .flatMap(ingress -> ingress.getSpec().getRules().stream())
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .filter(path -> backend.equals(path.getBackend().getService().getName()))
                .toList();
        reachable.stream()
                .filter(request -> paths.stream().noneMatch(path -> matches(path, request)))
                .forEach(request -> broken.add("Ingress: " + request + " does not reach " + backend));
        inside.stream()
                .filter(request -> paths.stream().anyMatch(path -> matches(path, request)))
                .forEach(
                        request -> broken.add("Ingress: " + request + " of " + backend + " is reachable from outside"));
    }

    /**
     * Whether a request path matches an Ingress path: Exact is the same path, Prefix matches whole path elements, and
     * anything else (nginx's ImplementationSpecific) is taken as the widest reading, a plain string prefix.
     */
    private static boolean matches(HTTPIngressPath path, String request) {
        String p = path.getPath() == null || path.getPath().isEmpty() ? "/" : path.getPath();
        return switch (String.valueOf(path.getPathType())) {
            case "Exact" -> request.equals(p);
            case "Prefix" -> {
                String prefix = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
                yield prefix.isEmpty() || request.equals(prefix) || request.startsWith(prefix + "/");
            }
            default -> request.startsWith(p);
        };
    }

    /** The realms Keycloak imports at start: the JSON files of the ConfigMaps mounted at its import folder. */
    private void realms(Deployment keycloak) {
        PodSpec pod = keycloak.getSpec().getTemplate().getSpec();
        Container container = pod.getContainers().get(0);
        List<String> importVolumes = container.getVolumeMounts().stream()
                .filter(mount -> mount.getMountPath().equals(REALM_IMPORT))
                .map(VolumeMount::getName)
                .toList();
        List<ConfigMap> realmMaps = pod.getVolumes().stream()
                .filter(v -> importVolumes.contains(v.getName()) && v.getConfigMap() != null)
                .flatMap(v -> of(ConfigMap.class)
                        .filter(c -> name(c).equals(v.getConfigMap().getName())))
                .toList();
        if (realmMaps.isEmpty()) {
            broken.add("Deployment " + KEYCLOAK + ": no realm is imported");
        }
        for (ConfigMap realmMap : realmMaps) {
            realmMap.getData().forEach((file, text) -> {
                try {
                    realm("realm " + file, JSON.readTree(text), container);
                } catch (JsonProcessingException e) {
                    broken.add("realm " + file + ": not JSON: " + e.getOriginalMessage());
                }
            });
        }
    }

    private void realm(String where, JsonNode realm, Container keycloak) {
        if (!realm.path("eventsEnabled").asBoolean()) {
            broken.add(where + ": sign-in events are not recorded");
        }
        boolean loginErrors = false;
        for (JsonNode type : realm.path("enabledEventTypes")) {
            loginErrors |= type.asText().equals("LOGIN_ERROR");
        }
        if (!loginErrors) {
            broken.add(where + ": LOGIN_ERROR events are not recorded");
        }
        if (realm.path("eventsExpiration").asLong() < MIN_EVENT_RETENTION_SECONDS) {
            broken.add(where + ": events are kept less than 30 days");
        }
        if (!realm.path("adminEventsEnabled").asBoolean()) {
            broken.add(where + ": admin changes are not recorded");
        }
        boolean serviceClient = false;
        for (JsonNode client : realm.path("clients")) {
            String clientId = client.path("clientId").asText();
            String in = where + " client " + clientId;
            serviceClient |= clientId.equals(SERVICE);
            if (!client.path("directAccessGrantsEnabled").isBoolean()
                    || client.path("directAccessGrantsEnabled").asBoolean()) {
                broken.add(in + ": the password grant is not turned off");
            }
            for (String scopes : List.of("defaultClientScopes", "optionalClientScopes")) {
                if (!client.path(scopes).isArray()) {
                    broken.add(in + ": " + scopes + " not listed (the realm's defaults offer offline_access)");
                }
                for (JsonNode scope : client.path(scopes)) {
                    if (scope.asText().equals("offline_access")) {
                        broken.add(in + ": offers offline tokens");
                    }
                }
            }
            boolean audience = false;
            for (JsonNode mapper : client.path("protocolMappers")) {
                audience |= mapper.path("protocolMapper").asText().equals("oidc-audience-mapper")
                        && mapper.at("/config/included.client.audience")
                                .asText()
                                .equals(SERVICE)
                        && mapper.at("/config/access.token.claim").asText().equals("true");
            }
            if (!audience) {
                broken.add(in + ": its access tokens do not name " + SERVICE + " as audience");
            }
            if (client.has("secret")) {
                clientSecret(in, client.path("secret").asText(), keycloak);
            }
        }
        if (!serviceClient) {
            broken.add(where + ": no client " + SERVICE);
        }
    }

    /** A client secret is only ever a variable Keycloak takes from a Secret at import, never a value or a default. */
    private void clientSecret(String where, String secret, Container keycloak) {
        var placeholder = PLACEHOLDER.matcher(secret);
        if (!placeholder.matches()) {
            broken.add(where + ": the secret is written in the realm, not ${VARIABLE} without a default");
            return;
        }
        boolean fromSecret = keycloak.getEnv().stream()
                .anyMatch(env -> env.getName().equals(placeholder.group(1))
                        && env.getValueFrom() != null
                        && env.getValueFrom().getSecretKeyRef() != null
                        && !Boolean.TRUE.equals(
                                env.getValueFrom().getSecretKeyRef().getOptional()));
        if (!fromSecret) {
            broken.add(where + ": " + placeholder.group(1) + " is not set from a Secret in Keycloak's container");
        }
    }

    private static boolean hasPort(Service service, IngressServiceBackend backend) {
        return service.getSpec().getPorts().stream()
                .anyMatch(p -> Objects.equals(p.getName(), backend.getPort().getName())
                        || Objects.equals(p.getPort(), backend.getPort().getNumber()));
    }

    /** Every policy over the service's pods admits the ingress controller's pods only, and at least one exists. */
    private void onlyTheIngressControllerReaches(Map<String, String> podLabels) {
        List<NetworkPolicy> policies = policiesOver(podLabels);
        if (policies.isEmpty()) {
            broken.add("no NetworkPolicy restricts who reaches the service");
        }
        for (NetworkPolicy policy : policies) {
            peers(policy).forEach(peer -> {
                boolean ingressController = peer.getNamespaceSelector() != null
                        && INGRESS_NAMESPACE.equals(
                                peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))
                        && peer.getPodSelector() != null
                        && INGRESS_NAMESPACE.equals(
                                peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
                if (!ingressController) {
                    broken.add("NetworkPolicy " + name(policy) + ": admits more than the ingress controller");
                }
            });
        }
    }

    /** A database is reached by pods of its own namespace only, the service's among them, and by no address range. */
    private void onlyTheServiceReachesTheDatabase(StatefulSet database) {
        List<NetworkPolicy> policies = policiesOver(labels(database.getSpec().getTemplate()));
        if (policies.isEmpty()) {
            broken.add("StatefulSet " + name(database) + ": no NetworkPolicy restricts who reaches it");
        }
        boolean serviceAdmitted = false;
        for (NetworkPolicy policy : policies) {
            for (NetworkPolicyPeer peer : peers(policy).toList()) {
                if (peer.getIpBlock() != null
                        || peer.getNamespaceSelector() != null
                        || peer.getPodSelector() == null
                        || peer.getPodSelector().getMatchLabels() == null
                        || peer.getPodSelector().getMatchLabels().isEmpty()) {
                    broken.add("NetworkPolicy " + name(policy) + ": admits more than named pods to the database");
                } else if (SERVICE.equals(peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"))) {
                    serviceAdmitted = true;
                }
            }
        }
        if (!policies.isEmpty() && !serviceAdmitted) {
            broken.add("StatefulSet " + name(database) + ": the service may not reach it");
        }
    }

    private List<NetworkPolicy> policiesOver(Map<String, String> podLabels) {
        return of(NetworkPolicy.class)
                .filter(policy -> selects(policy.getSpec().getPodSelector().getMatchLabels(), podLabels))
                .toList();
    }

    /** The peers a policy admits; a rule with no peers admits everyone, which is reported as a null peer. */
    private Stream<NetworkPolicyPeer> peers(NetworkPolicy policy) {
        return policy.getSpec().getIngress().stream()
                .flatMap(rule ->
                        rule.getFrom().isEmpty() ? Stream.of(new NetworkPolicyPeer()) : rule.getFrom().stream());
    }

    /** An unknown field (a misspelt key) lands in a model object's additional properties: none may have any. */
    private void noUnknownFields(Object value, String where, Map<Object, Boolean> seen) {
        if (value == null || seen.put(value, true) != null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> noUnknownFields(item, where, seen));
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> noUnknownFields(item, where, seen));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || !getter.getName().startsWith("get")
                    || getter.getName().equals("getClass")) {
                continue;
            }
            Object field;
            try {
                field = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    broken.add(where + ": unknown fields " + extra.keySet() + " in "
                            + value.getClass().getSimpleName());
                }
            } else {
                noUnknownFields(field, where, seen);
            }
        }
    }

    private static List<Container> containers(PodSpec pod) {
        return Stream.concat(pod.getInitContainers().stream(), pod.getContainers().stream())
                .toList();
    }

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return selector != null && !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    private static Map<String, String> labels(PodTemplateSpec template) {
        return template.getMetadata().getLabels() == null
                ? Map.of()
                : template.getMetadata().getLabels();
    }

    private <T extends HasMetadata> Stream<T> of(Class<T> kind) {
        return objects.stream().filter(kind::isInstance).map(kind::cast);
    }

    private static String name(HasMetadata object) {
        return object.getMetadata().getName();
    }
}
